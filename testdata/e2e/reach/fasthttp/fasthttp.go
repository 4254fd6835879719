// Package fasthttp is a stub of github.com/valyala/fasthttp v1.51.0: only
// the declarations statuslint's fixtures use, with their real signatures.
package fasthttp

const (
	StatusOK       = 200 // RFC 7231, 6.3.1
	StatusNotFound = 404 // RFC 7231, 6.5.4
)

type ResponseHeader struct{}

func (h *ResponseHeader) StatusCode() int              { return 0 }
func (h *ResponseHeader) SetStatusCode(statusCode int) {}

type Response struct {
	Header ResponseHeader
}

func (resp *Response) StatusCode() int              { return 0 }
func (resp *Response) SetStatusCode(statusCode int) {}

type RequestCtx struct {
	Response Response
}

func (ctx *RequestCtx) SetStatusCode(statusCode int)        {}
func (ctx *RequestCtx) Error(msg string, statusCode int)    {}
func (ctx *RequestCtx) Redirect(uri string, statusCode int) {}

func StatusMessage(statusCode int) string { return "" }
