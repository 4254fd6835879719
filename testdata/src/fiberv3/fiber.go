// Package fiberv3 exercises fiber v3's status positions, on fiber.Ctx, an
// interface in v3. This file imports only fiber: the fixes add "net/http".
package fiberv3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/client"
	"github.com/gofiber/utils/v2"
)

func handler(c fiber.Ctx) error {
	c.Status(201)                                       // want `bare HTTP status code 201, use http.StatusCreated`
	_ = c.Status(200).JSON(fiber.Map{})                 // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.SendStatus(204)                               // want `bare HTTP status code 204, use http.StatusNoContent`
	_ = c.Res().Status(202)                             // want `bare HTTP status code 202, use http.StatusAccepted`
	_ = c.Res().SendStatus(205)                         // want `bare HTTP status code 205, use http.StatusResetContent`
	_ = c.Redirect().Status(301).To("/login")           // want `bare HTTP status code 301, use http.StatusMovedPermanently`
	_ = c.Redirect().With("k", "v").Status(308).To("/") // want `bare HTTP status code 308, use http.StatusPermanentRedirect`
	_ = &fiber.Error{Code: 502, Message: "bad"}         // want `bare HTTP status code 502, use http.StatusBadGateway`
	_ = fiber.NewErrorf(409, "dup %s", "x")             // want `bare HTTP status code 409, use http.StatusConflict`
	_ = utils.StatusMessage(429)                        // want `bare HTTP status code 429, use http.StatusTooManyRequests`
	return fiber.NewError(404, "no such user")          // want `bare HTTP status code 404, use http.StatusNotFound`
}

// A custom context embeds *fiber.DefaultCtx: calls through it are fiber's.
type customCtx struct {
	*fiber.DefaultCtx
}

func (c customCtx) teapot() error {
	return c.SendStatus(418) // want `bare HTTP status code 418, use http.StatusTeapot`
}

func statusValues(c fiber.Ctx, err error, resp *client.Response) bool {
	if e, ok := err.(*fiber.Error); ok && e.Code == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return false
	}
	if resp.StatusCode() != 200 { // want `bare HTTP status code 200, use http.StatusOK`
		return false
	}
	c.Response().SetStatusCode(201)         // want `bare HTTP status code 201, use http.StatusCreated`
	return c.Response().StatusCode() == 201 // want `bare HTTP status code 201, use http.StatusCreated`
}

// code is a variable: its value is not known here.
var code = 404 // want `bare HTTP status code 404, use http.StatusNotFound`

func negatives(c fiber.Ctx) error {
	c.Status(fiber.StatusNotFound)                        // ok: fiber's own constant
	_ = fiber.NewError(fiber.StatusOK)                    // ok: fiber's own constant
	_ = c.Redirect().Status(fiber.StatusSeeOther).To("/") // ok: fiber's own constant
	_ = c.Redirect().To("/")                              // ok: no status: 303 by default
	_ = c.SendStatus(code)                                // ok: a variable
	_ = utils.StatusMessage(600)                          // ok: a lookup of an unregistered code
	_ = c.Response().StatusCode() >= 400 // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
	return c.SendString("404")                            // ok: a string, not a status position
}
