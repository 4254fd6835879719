// Package gin is a stub of github.com/gin-gonic/gin v1.12.0: only the
// declarations statuslint's fixtures use, with their real signatures.
package gin

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin/render"
)

type H map[string]any

type Error struct{ Err error }

type Negotiate struct {
	Offered []string
	Data    any
}

// ResponseWriter is gin's response writer interface (abridged).
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
	Size() int
	Written() bool
	WriteHeaderNow()
}

type Context struct {
	Request *http.Request
	Writer  ResponseWriter
}

func (c *Context) AbortWithStatus(code int)                       {}
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any)  {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)      {}
func (c *Context) AbortWithError(code int, err error) *Error      { return nil }
func (c *Context) Status(code int)                                {}
func (c *Context) Render(code int, r render.Render)               {}
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) JSONP(code int, obj any)                        {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) AsciiJSON(code int, obj any)                    {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) TOML(code int, obj any)                         {}
func (c *Context) ProtoBuf(code int, obj any)                     {}
func (c *Context) BSON(code int, obj any)                         {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}
func (c *Context) Negotiate(code int, config Negotiate) {}
func (c *Context) File(filepath string)                 {}
func (c *Context) GetInt(key any) (i int)               { return 0 }
