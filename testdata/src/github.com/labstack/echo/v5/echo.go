// Package echo is a stub of github.com/labstack/echo/v5 v5.4.4: only the
// declarations statuslint's fixtures use, with their real signatures. In
// v5, Context is a struct and c.Response() an http.ResponseWriter.
package echo

import (
	"io"
	"net/http"
)

const MIMEApplicationJSON = "application/json"

// Context is echo's request context (abridged).
type Context struct{}

func (c *Context) Response() http.ResponseWriter                             { return nil }
func (c *Context) Param(name string) string                                  { return "" }
func (c *Context) Render(code int, name string, data any) (err error)        { return nil }
func (c *Context) HTML(code int, html string) (err error)                    { return nil }
func (c *Context) HTMLBlob(code int, b []byte) (err error)                   { return nil }
func (c *Context) String(code int, s string) (err error)                     { return nil }
func (c *Context) JSON(code int, i any) (err error)                          { return nil }
func (c *Context) JSONPretty(code int, i any, indent string) (err error)     { return nil }
func (c *Context) JSONBlob(code int, b []byte) (err error)                   { return nil }
func (c *Context) JSONP(code int, callback string, i any) (err error)        { return nil }
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error) { return nil }
func (c *Context) XML(code int, i any) (err error)                           { return nil }
func (c *Context) XMLPretty(code int, i any, indent string) (err error)      { return nil }
func (c *Context) XMLBlob(code int, b []byte) (err error)                    { return nil }
func (c *Context) Blob(code int, contentType string, b []byte) (err error)   { return nil }
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) {
	return nil
}
func (c *Context) File(file string) error              { return nil }
func (c *Context) NoContent(code int) error            { return nil }
func (c *Context) Redirect(code int, url string) error { return nil }

// Response wraps an http.ResponseWriter.
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func (r *Response) WriteHeader(code int) {}

func UnwrapResponse(rw http.ResponseWriter) (*Response, error) { return nil, nil }

// HTTPStatusCoder is an interface that errors can implement to produce status code for HTTP response
type HTTPStatusCoder interface {
	StatusCode() int
}

// StatusCode returns status code from err if it implements HTTPStatusCoder interface.
func StatusCode(err error) int { return 0 }

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

func NewHTTPError(code int, message string) *HTTPError { return nil }

func (he *HTTPError) StatusCode() int { return he.Code }
func (he *HTTPError) Error() string   { return he.Message }

// ProblemError represents a "problem detail" as defined in RFC 9457.
type ProblemError struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
}

func (pe *ProblemError) Error() string   { return pe.Title }
func (pe *ProblemError) StatusCode() int { return pe.Status }
