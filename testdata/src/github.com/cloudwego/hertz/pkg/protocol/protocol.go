// Package protocol is a stub of github.com/cloudwego/hertz/pkg/protocol
// v0.10.4: only the declarations statuslint's fixtures use, with their
// real signatures.
package protocol

type ResponseHeader struct{}

func (h *ResponseHeader) SetStatusCode(statusCode int) {}
func (h *ResponseHeader) StatusCode() int              { return 0 }

type Response struct {
	Header ResponseHeader
}

func (resp *Response) SetStatusCode(statusCode int) {}
func (resp *Response) StatusCode() int              { return 0 }
