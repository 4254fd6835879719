// Package echo is a stub of github.com/labstack/echo/v4 v4.16.0: only the
// declarations statuslint's fixtures use, with their real signatures.
package echo

import (
	"io"
	"net/http"
)

// Context is echo's request context interface (abridged).
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	NoContent(code int) error
	Redirect(code int, url string) error
}

type HandlerFunc func(c Context) error

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func (r *Response) Header() http.Header               { return nil }
func (r *Response) WriteHeader(code int)              {}
func (r *Response) Write(b []byte) (n int, err error) { return 0, nil }

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Internal error `json:"-"`
	Message  any   `json:"message"`
	Code     int   `json:"-"`
}

func (he *HTTPError) Error() string { return "" }

func NewHTTPError(code int, message ...interface{}) *HTTPError { return nil }

const MIMEApplicationJSON = "application/json"
