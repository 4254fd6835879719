package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// errorHandler reads a status value in a file that already imports net/http.
func errorHandler(err error, c echo.Context) {
	code := http.StatusInternalServerError // ok: net/http's constant
	if he, ok := err.(*echo.HTTPError); ok {
		code = he.Code
	}
	if code == 500 { // want `bare HTTP status code 500, use http.StatusInternalServerError`
		_ = c.NoContent(code)
	}
	_ = c.JSON(418, nil) // want `bare HTTP status code 418, use http.StatusTeapot`
}
