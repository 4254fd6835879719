// Package fiber exercises fiber's and fasthttp's status positions. This
// file imports only fiber: the fixes add "net/http".
package fiber

import "github.com/gofiber/fiber/v2"

func handler(c *fiber.Ctx) error {
	c.Status(201)                                   // want `bare HTTP status code 201, use http.StatusCreated`
	_ = c.Status(200).JSON(fiber.Map{})             // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.SendStatus(204)                           // want `bare HTTP status code 204, use http.StatusNoContent`
	_ = c.Redirect("/login", 303)                   // want `bare HTTP status code 303, use http.StatusSeeOther`
	_ = c.RedirectBack("/", 302)                    // want `bare HTTP status code 302, use http.StatusFound`
	_ = c.RedirectToRoute("user", fiber.Map{}, 308) // want `bare HTTP status code 308, use http.StatusPermanentRedirect`
	_ = &fiber.Error{Code: 502, Message: "bad"}     // want `bare HTTP status code 502, use http.StatusBadGateway`
	return fiber.NewError(404, "no such user")      // want `bare HTTP status code 404, use http.StatusNotFound`
}

func fasthttpBeneath(c *fiber.Ctx) bool {
	c.Response().SetStatusCode(200)              // want `bare HTTP status code 200, use http.StatusOK`
	c.Response().Header.SetStatusCode(200)       // want `bare HTTP status code 200, use http.StatusOK`
	c.Context().SetStatusCode(200)               // want `bare HTTP status code 200, use http.StatusOK`
	c.Context().Error("gone", 410)               // want `bare HTTP status code 410, use http.StatusGone`
	c.Context().Redirect("/", 301)               // want `bare HTTP status code 301, use http.StatusMovedPermanently`
	if c.Response().Header.StatusCode() == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return false
	}
	switch c.Response().StatusCode() {
	case 200: // want `bare HTTP status code 200, use http.StatusOK`
		return true
	}
	return c.Response().StatusCode() != 500 // want `bare HTTP status code 500, use http.StatusInternalServerError`
}

func errorHandler(c *fiber.Ctx, err error) error {
	if e, ok := err.(*fiber.Error); ok && e.Code == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return c.SendStatus(e.Code) // ok: not a literal
	}
	return nil
}

func negatives(c *fiber.Ctx) error {
	c.Status(fiber.StatusNotFound)       // ok: fiber's own constant
	_ = fiber.NewError(fiber.StatusOK)   // ok: fiber's own constant
	_ = c.Redirect("/")                  // ok: no status argument
	_ = c.Response().StatusCode() >= 400 // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
	_ = c.Response().StatusCode() == 0   // ok: 0 means no status yet
	return c.SendString("404")           // ok: a string, not a status position
}
