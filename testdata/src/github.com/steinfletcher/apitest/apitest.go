// Package apitest is a stub of github.com/steinfletcher/apitest v1.5.11:
// only the declarations statuslint's fixtures use, with their real
// signatures. The expected status lives in unexported fields, so no
// wrapper fact can find Status: the sink table names it.
package apitest

import "net/http"

type TestingT interface {
	Errorf(format string, args ...interface{})
	Fatal(args ...interface{})
	Fatalf(format string, args ...interface{})
}

type APITest struct{ response *Response }

func New(name ...string) *APITest { return &APITest{} }

func (a *APITest) Handler(handler http.Handler) *APITest { return a }

func (a *APITest) HandlerFunc(handlerFunc http.HandlerFunc) *APITest { return a }

func (a *APITest) Mocks(mocks ...*Mock) *APITest { return a }

func (a *APITest) Get(url string) *Request { return &Request{} }

type Request struct{}

func (r *Request) Expect(t TestingT) *Response { return &Response{} }

type Response struct{ status int }

func (r *Response) Body(b string) *Response { return r }

func (r *Response) Status(s int) *Response {
	r.status = s
	return r
}

func (r *Response) End() Result { return Result{} }

type Result struct {
	Response *http.Response
}

type Mock struct{}

func NewMock() *Mock { return &Mock{} }

func (m *Mock) Get(u string) *MockRequest { return &MockRequest{} }

type MockRequest struct{}

func (r *MockRequest) RespondWith() *MockResponse { return &MockResponse{} }

type MockResponse struct {
	mock       *Mock
	statusCode int
}

func (r *MockResponse) Body(body string) *MockResponse { return r }

func (r *MockResponse) Status(statusCode int) *MockResponse {
	r.statusCode = statusCode
	return r
}

func (r *MockResponse) End() *Mock { return r.mock }
