// Package fiberapp uses every fiber and fasthttp status position
// statuslint knows, against the real fiber. It imports no net/http.
package fiberapp

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/utils"
	"github.com/valyala/fasthttp"
)

func Handler(c *fiber.Ctx) error {
	c.Status(201)
	_ = c.Status(200).JSON(fiber.Map{})
	_ = c.SendStatus(204)
	_ = c.Redirect("/login", 303)
	_ = c.RedirectBack("/", 302)
	_ = c.RedirectToRoute("user", fiber.Map{}, 308)
	_ = &fiber.Error{Code: 502, Message: "bad"}
	c.Status(fiber.StatusNotFound) // fiber's own constant
	_ = utils.StatusMessage(404)
	return fiber.NewError(404, "no such user")
}

func Fasthttp(c *fiber.Ctx, ctx *fasthttp.RequestCtx) bool {
	c.Response().SetStatusCode(200)
	c.Response().Header.SetStatusCode(200)
	ctx.SetStatusCode(429)
	ctx.Error("gone", 410)
	ctx.Redirect("/", 301)
	_ = fasthttp.StatusMessage(404)
	if c.Response().Header.StatusCode() == 404 {
		return false
	}
	return c.Response().StatusCode() != 500
}

func ErrorHandler(c *fiber.Ctx, err error) error {
	if e, ok := err.(*fiber.Error); ok && e.Code == 404 {
		return c.SendStatus(e.Code)
	}
	return nil
}
