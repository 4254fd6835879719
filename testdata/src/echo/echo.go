// Package echo exercises echo's status positions. This file imports only
// echo: the fixes add "net/http" as a group of its own, as goimports would.
package echo

import (
	"github.com/labstack/echo/v4"
)

func helpers(c echo.Context) error {
	_ = c.JSON(200, nil)                           // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONPretty(200, nil, "  ")               // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONBlob(200, nil)                       // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONP(200, "cb", nil)                    // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.JSONPBlob(200, "cb", nil)                // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.XML(200, nil)                            // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.XMLPretty(200, nil, "  ")                // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.XMLBlob(200, nil)                        // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.HTML(200, "<p>hi</p>")                   // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.HTMLBlob(200, nil)                       // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.String(200, "hi")                        // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.Blob(200, echo.MIMEApplicationJSON, nil) // want `bare HTTP status code 200, use http.StatusOK`
	_ = c.Stream(206, "video/mp4", nil)            // want `bare HTTP status code 206, use http.StatusPartialContent`
	_ = c.NoContent(204)                           // want `bare HTTP status code 204, use http.StatusNoContent`
	_ = c.Redirect(307, "/")                       // want `bare HTTP status code 307, use http.StatusTemporaryRedirect`
	_ = c.Render(200, "index", nil)                // want `bare HTTP status code 200, use http.StatusOK`
	c.Response().WriteHeader(202)                  // want `bare HTTP status code 202, use http.StatusAccepted`
	_ = &echo.HTTPError{Code: 409, Message: "dup"} // want `bare HTTP status code 409, use http.StatusConflict`
	return echo.NewHTTPError(400, "bad request")   // want `bare HTTP status code 400, use http.StatusBadRequest`
}

func statusValues(c echo.Context, err error) bool {
	if c.Response().Status == 304 { // want `bare HTTP status code 304, use http.StatusNotModified`
		return false
	}
	if he, ok := err.(*echo.HTTPError); ok && he.Code != 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return true
	}
	c.Response().Status = 500 // want `bare HTTP status code 500, use http.StatusInternalServerError`
	switch c.Response().Status {
	case 401, 403: // want `bare HTTP status code 401, use http.StatusUnauthorized` `bare HTTP status code 403, use http.StatusForbidden`
		return true
	}
	return false
}

// customContext is the documented way to extend echo's context: calls
// through the embedded interface are still echo's.
type customContext struct {
	echo.Context
}

func (c customContext) ok() error {
	return c.JSON(200, nil) // want `bare HTTP status code 200, use http.StatusOK`
}

func negatives(c echo.Context) error {
	_ = c.Response().Size == 200                  // ok: Size is not a status value
	_ = c.Response().Status >= 500 // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
	_ = c.Param("code") == "404"                  // ok: a string, not a status
	_ = c.File("404.html")                        // ok: not a status position
	return echo.NewHTTPError(c.Response().Status) // ok: not a literal
}
