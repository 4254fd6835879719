// Package fiber is a stub of github.com/gofiber/fiber/v3 v3.1.0: only the
// declarations statuslint's fixtures use, with their real signatures. In
// v3, Ctx and Res are interfaces; DefaultCtx is the struct behind them.
package fiber

import "github.com/valyala/fasthttp"

const (
	StatusOK       = 200 // RFC 9110, 15.3.1
	StatusSeeOther = 303 // RFC 9110, 15.4.4
	StatusNotFound = 404 // RFC 9110, 15.5.5
)

type Map map[string]any

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func (e *Error) Error() string { return e.Message }

func NewError(code int, message ...string) *Error { return nil }
func NewErrorf(code int, message ...any) *Error   { return nil }

// Ctx represents the Context which hold the HTTP request and response (abridged).
type Ctx interface {
	RequestCtx() *fasthttp.RequestCtx
	Response() *fasthttp.Response
	Redirect() *Redirect
	Res() Res
	Status(status int) Ctx
	SendStatus(status int) error
	SendString(body string) error
	JSON(data any, ctype ...string) error
}

// Res is the response half of Ctx (abridged).
type Res interface {
	Response() *fasthttp.Response
	Status(status int) Ctx
	SendStatus(status int) error
}

// DefaultCtx is the default implementation of Ctx (abridged: in v3.1.0 it
// embeds DefaultReq and DefaultRes).
type DefaultCtx struct{}

func (c *DefaultCtx) Status(status int) Ctx       { return nil }
func (c *DefaultCtx) SendStatus(status int) error { return nil }

// Redirect is a struct that holds the redirect data.
type Redirect struct{}

func (r *Redirect) Status(code int) *Redirect                        { return r }
func (r *Redirect) With(key, value string, level ...uint8) *Redirect { return r }
func (r *Redirect) To(location string) error                         { return nil }
func (r *Redirect) Back(fallback ...string) error                    { return nil }
