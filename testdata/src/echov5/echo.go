// Package echov5 exercises echo v5's status positions, on *echo.Context,
// a struct in v5. This file imports only echo: the fixes add "net/http".
package echov5

import (
	"github.com/labstack/echo/v5"
)

func helpers(c *echo.Context) error {
	_ = c.JSON(200, nil)                                  // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONPretty(200, nil, "  ")                      // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONBlob(200, nil)                              // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONP(200, "cb", nil)                           // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONPBlob(200, "cb", nil)                       // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.XML(200, nil)                                   // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.XMLPretty(200, nil, "  ")                       // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.XMLBlob(200, nil)                               // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.HTML(200, "<p>hi</p>")                          // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.HTMLBlob(200, nil)                              // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.String(200, "hi")                               // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.Blob(200, echo.MIMEApplicationJSON, nil)        // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.Stream(206, "video/mp4", nil)                   // want `bare HTTP status code 206, use http.StatusPartialContent`
	_ = c.NoContent(204)                                  // want `bare HTTP status code 204, use http.StatusNoContent`
	_ = c.Redirect(307, "/")                              // want `bare HTTP status code 307, use http.StatusTemporaryRedirect`
	_ = c.Render(200, "index", nil)                       // want `bare HTTP status code 200, use http.StatusOK`
	c.Response().WriteHeader(202)                         // want `bare HTTP status code 202, use http.StatusAccepted`
	_ = &echo.HTTPError{Code: 409, Message: "dup"}        // want `bare HTTP status code 409, use http.StatusConflict`
	_ = &echo.ProblemError{Status: 422, Title: "invalid"} // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
	return echo.NewHTTPError(400, "bad request")          // want `bare HTTP status code 400, use http.StatusBadRequest`
}

func statusValues(c *echo.Context, err error) bool {
	resp, uerr := echo.UnwrapResponse(c.Response())
	if uerr != nil {
		return false
	}
	if resp.Status == 304 { // want `bare HTTP status code 304, use http.StatusNotModified`
		return false
	}
	resp.Status = 500                                          // want `bare HTTP status code 500, use http.StatusInternalServerError`
	if he, ok := err.(*echo.HTTPError); ok && he.Code != 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return true
	}
	if he, ok := err.(*echo.HTTPError); ok && he.StatusCode() == 410 { // want `bare HTTP status code 410, use http.StatusGone`
		return true
	}
	if pe, ok := err.(*echo.ProblemError); ok && pe.StatusCode() == 422 { // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
		return true
	}
	if sc, ok := err.(echo.HTTPStatusCoder); ok && sc.StatusCode() == 409 { // want `bare HTTP status code 409, use http.StatusConflict`
		return true
	}
	switch echo.StatusCode(err) {
	case 401, 403: // want `bare HTTP status code 401, use http.StatusUnauthorized` `bare HTTP status code 403, use http.StatusForbidden`
		return true
	}
	return false
}

// customContext embeds *echo.Context: calls through it are still echo's.
type customContext struct {
	*echo.Context
}

func (c customContext) ok() error {
	return c.JSON(201, nil) // want `bare HTTP status code 201, use http.StatusCreated`
}

// code is a variable: its value is not known here.
var code = 404 // want `bare HTTP status code 404, use http.StatusNotFound`

func negatives(c *echo.Context, err error) error {
	resp, _ := echo.UnwrapResponse(c.Response())
	_ = resp.Size == 200                       // ok: Size is not a status value
	_ = resp.Status >= 500 // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
	_ = echo.StatusCode(err) == 0              // ok: 0 means no status
	_ = c.Param("code") == "404"               // ok: a string, not a status
	_ = c.File("404.html")                     // ok: not a status position
	_ = c.JSON(code, nil)                      // ok: a variable
	return echo.NewHTTPError(resp.Status, "x") // ok: not a literal
}
