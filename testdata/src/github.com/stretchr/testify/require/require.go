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

// Ordering assertions: e1 > e2 for Greater, and so on.
func Greater(t TestingT, e1 interface{}, e2 interface{}, msgAndArgs ...interface{})               {}
func Greaterf(t TestingT, e1 interface{}, e2 interface{}, msg string, args ...interface{})        {}
func (a *Assertions) Greater(e1 interface{}, e2 interface{}, msgAndArgs ...interface{})           {}
func (a *Assertions) Greaterf(e1 interface{}, e2 interface{}, msg string, args ...interface{})    {}
func GreaterOrEqual(t TestingT, e1 interface{}, e2 interface{}, msgAndArgs ...interface{})        {}
func GreaterOrEqualf(t TestingT, e1 interface{}, e2 interface{}, msg string, args ...interface{}) {}
func (a *Assertions) GreaterOrEqual(e1 interface{}, e2 interface{}, msgAndArgs ...interface{})    {}
func (a *Assertions) GreaterOrEqualf(e1 interface{}, e2 interface{}, msg string, args ...interface{}) {
}
func Less(t TestingT, e1 interface{}, e2 interface{}, msgAndArgs ...interface{})                   {}
func Lessf(t TestingT, e1 interface{}, e2 interface{}, msg string, args ...interface{})            {}
func (a *Assertions) Less(e1 interface{}, e2 interface{}, msgAndArgs ...interface{})               {}
func (a *Assertions) Lessf(e1 interface{}, e2 interface{}, msg string, args ...interface{})        {}
func LessOrEqual(t TestingT, e1 interface{}, e2 interface{}, msgAndArgs ...interface{})            {}
func LessOrEqualf(t TestingT, e1 interface{}, e2 interface{}, msg string, args ...interface{})     {}
func (a *Assertions) LessOrEqual(e1 interface{}, e2 interface{}, msgAndArgs ...interface{})        {}
func (a *Assertions) LessOrEqualf(e1 interface{}, e2 interface{}, msg string, args ...interface{}) {}
func True(t TestingT, value bool, msgAndArgs ...interface{})                                       {}
