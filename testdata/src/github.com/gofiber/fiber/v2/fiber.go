// Package fiber is a stub of github.com/gofiber/fiber/v2 v2.52.15: only the
// declarations statuslint's fixtures use, with their real signatures.
package fiber

import "github.com/valyala/fasthttp"

const (
	StatusOK       = 200 // RFC 9110, 15.3.1
	StatusNotFound = 404 // RFC 9110, 15.5.5
)

type Map map[string]interface{}

type Handler = func(*Ctx) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

func NewError(code int, message ...string) *Error { return nil }

type Ctx struct{}

func (c *Ctx) Context() *fasthttp.RequestCtx                                     { return nil }
func (c *Ctx) Response() *fasthttp.Response                                      { return nil }
func (c *Ctx) JSON(data interface{}, ctype ...string) error                      { return nil }
func (c *Ctx) Redirect(location string, status ...int) error                     { return nil }
func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error { return nil }
func (c *Ctx) RedirectBack(fallback string, status ...int) error                 { return nil }
func (c *Ctx) SendStatus(status int) error                                       { return nil }
func (c *Ctx) SendString(body string) error                                      { return nil }
func (c *Ctx) Status(status int) *Ctx                                            { return c }
