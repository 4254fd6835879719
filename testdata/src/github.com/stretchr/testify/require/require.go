// Package require is a stub of github.com/stretchr/testify/require v1.12.1: only
// the declarations statuslint's fixtures use, with their real signatures.
package require

import (
	"net/http"
	"net/url"
)

type TestingT interface {
	Errorf(format string, args ...interface{})
	FailNow()
}

type Assertions struct{ t TestingT }

func New(t TestingT) *Assertions { return &Assertions{t} }

func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{})                    {}
func Equalf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {}
func (a *Assertions) Equal(expected interface{}, actual interface{}, msgAndArgs ...interface{})    {}
func (a *Assertions) Equalf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func NotEqual(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}
func NotEqualf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func (a *Assertions) NotEqual(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {}
func (a *Assertions) NotEqualf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func EqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}
func EqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func (a *Assertions) EqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
}
func (a *Assertions) EqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func NotEqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}
func NotEqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func (a *Assertions) NotEqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
}
func (a *Assertions) NotEqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func Exactly(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}
func Exactlyf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func (a *Assertions) Exactly(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {}
func (a *Assertions) Exactlyf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}
func HTTPStatusCode(t TestingT, handler http.HandlerFunc, method, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) {
}
func HTTPStatusCodef(t TestingT, handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) {
}
func (a *Assertions) HTTPStatusCode(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) {
}
func (a *Assertions) HTTPStatusCodef(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) {
}
func Contains(t TestingT, s, contains interface{}, msgAndArgs ...interface{})   {}
func Len(t TestingT, object interface{}, length int, msgAndArgs ...interface{}) {}
