// Package context is a stub of github.com/kataras/iris/v12/context
// v12.2.11: only the declarations statuslint's fixtures use, with their
// real signatures.
package context

import "net/http"

// ResponseWriter is iris's response writer interface (abridged).
type ResponseWriter interface {
	http.ResponseWriter
	StatusCode() int
}

// Problem is a map of RFC 7807 problem details.
type Problem map[string]interface{}

func NewProblem() Problem                       { return nil }
func (p Problem) Status(statusCode int) Problem { return p }

// Context is iris's request context (abridged).
type Context struct{}

func (ctx *Context) ResponseWriter() ResponseWriter                                  { return nil }
func (ctx *Context) StopWithStatus(statusCode int)                                   {}
func (ctx *Context) StopWithText(statusCode int, format string, args ...interface{}) {}
func (ctx *Context) StopWithError(statusCode int, err error)                         {}
func (ctx *Context) StopWithPlainError(statusCode int, err error)                    {}
func (ctx *Context) StopWithJSON(statusCode int, jsonObject interface{}) error       { return nil }
func (ctx *Context) StopWithProblem(statusCode int, problem Problem) error           { return nil }
func (ctx *Context) StatusCode(statusCode int)                                       {}
func (ctx *Context) GetStatusCode() int                                              { return 0 }
func (ctx *Context) Redirect(urlToRedirect string, statusHeader ...int)              {}
func (ctx *Context) Render(statusCode int, r interface {
	Render(http.ResponseWriter) error
	WriteContentType(w http.ResponseWriter)
}) {
}

func StatusText(code int) string { return "" }
