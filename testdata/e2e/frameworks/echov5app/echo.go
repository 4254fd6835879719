// Package echov5app uses every echo v5 status position statuslint knows,
// against the real echo v5, whose Context is a struct. It imports no
// net/http: -fix adds it.
package echov5app

import "github.com/labstack/echo/v5"

func Helpers(c *echo.Context) error {
	_ = c.JSON(200, nil)
	_ = c.JSONPretty(200, nil, "  ")
	_ = c.JSONBlob(200, nil)
	_ = c.JSONP(200, "cb", nil)
	_ = c.JSONPBlob(200, "cb", nil)
	_ = c.XML(200, nil)
	_ = c.XMLPretty(200, nil, "  ")
	_ = c.XMLBlob(200, nil)
	_ = c.HTML(200, "<p>hi</p>")
	_ = c.HTMLBlob(200, nil)
	_ = c.String(200, "hi")
	_ = c.Blob(200, echo.MIMEApplicationJSON, nil)
	_ = c.Stream(206, "video/mp4", nil)
	_ = c.NoContent(204)
	_ = c.Redirect(307, "/")
	_ = c.Render(200, "index", nil)
	c.Response().WriteHeader(202)
	_ = &echo.HTTPError{Code: 409, Message: "dup"}
	_ = &echo.ProblemError{Status: 422, Title: "invalid"}
	return echo.NewHTTPError(400, "bad request")
}

func StatusValue(c *echo.Context, err error) bool {
	if he, ok := err.(*echo.HTTPError); ok && he.Code == 404 {
		return false
	}
	if he, ok := err.(*echo.HTTPError); ok && he.StatusCode() == 410 {
		return false
	}
	if echo.StatusCode(err) == 401 {
		return false
	}
	if pe, ok := err.(*echo.ProblemError); ok && pe.StatusCode() == 422 {
		return false
	}
	if sc, ok := err.(echo.HTTPStatusCoder); ok && sc.StatusCode() == 409 {
		return false
	}
	resp, err := echo.UnwrapResponse(c.Response())
	if err != nil {
		return false
	}
	resp.Status = 500
	return resp.Status != 304
}
