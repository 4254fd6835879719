// Package fiberv3app uses every fiber v3 status position statuslint
// knows, against the real fiber v3, whose Ctx is an interface. It imports
// no net/http.
package fiberv3app

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/client"
	"github.com/gofiber/utils/v2"
)

func Handler(c fiber.Ctx) error {
	c.Status(201)
	_ = c.Status(200).JSON(fiber.Map{})
	_ = c.SendStatus(204)
	_ = c.Res().Status(202)
	_ = c.Res().SendStatus(205)
	_ = c.Redirect().Status(301).To("/login")
	_ = &fiber.Error{Code: 502, Message: "bad"}
	_ = fiber.NewErrorf(409, "dup %s", "x")
	c.Status(fiber.StatusNotFound) // fiber's own constant
	_ = utils.StatusMessage(404)
	return fiber.NewError(404, "no such user")
}

func Beneath(c fiber.Ctx) bool {
	c.Response().SetStatusCode(200)
	c.RequestCtx().SetStatusCode(429)
	if c.Response().StatusCode() == 404 {
		return false
	}
	return c.Response().Header.StatusCode() != 500
}

// CustomCtx is fiber v3's documented way to extend the context.
type CustomCtx struct {
	*fiber.DefaultCtx
}

func (c *CustomCtx) Teapot() error {
	c.Status(418)
	return c.SendStatus(418)
}

func Client(resp *client.Response) bool {
	return resp.StatusCode() == 200
}

func ErrorHandler(c fiber.Ctx, err error) error {
	if e, ok := err.(*fiber.Error); ok && e.Code == 404 {
		return c.SendStatus(e.Code)
	}
	return nil
}
