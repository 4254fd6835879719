// Package gock is a stub of github.com/h2non/gock v1.2.0: only the
// declarations statuslint's fixtures use, with their real signatures. The
// bodies of Status and Reply are the real ones: their status parameter
// reaches the StatusCode field.
package gock

import "net/http"

func New(uri string) *Request {
	req := NewRequest()
	req.Response = NewResponse()
	return req
}

type Request struct {
	Response *Response
	Counter  int
	Method   string
}

func NewRequest() *Request { return &Request{Counter: 1} }

func (r *Request) Get(path string) *Request { return r }

func (r *Request) Times(num int) *Request {
	r.Counter = num
	return r
}

// Reply defines the Response status code and returns the mock Response DSL.
func (r *Request) Reply(status int) *Response {
	return r.Response.Status(status)
}

// ReplyFunc allows the developer to define the mock response via a custom function.
func (r *Request) ReplyFunc(replier func(*Response)) *Response {
	replier(r.Response)
	return r.Response
}

type Response struct {
	StatusCode int
	Header     http.Header
	BodyBuffer []byte
}

func NewResponse() *Response { return &Response{Header: make(http.Header)} }

// Status defines the desired HTTP status code to reply in the current response.
func (r *Response) Status(code int) *Response {
	r.StatusCode = code
	return r
}

func (r *Response) JSON(data interface{}) *Response { return r }

func (r *Response) BodyString(body string) *Response { return r }
