// Package hertz exercises hertz's status positions on *app.RequestContext
// and protocol.Response. This file imports only hertz: the fixes add
// "net/http".
package hertz

import (
	"context"
	"errors"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

func handler(_ context.Context, c *app.RequestContext) {
	c.JSON(200, nil)                              // want `bare HTTP status code 200, use http.StatusOK`
	c.PureJSON(200, nil)                          // want `bare HTTP status code 200, use http.StatusOK`
	c.IndentedJSON(200, nil)                      // want `bare HTTP status code 200, use http.StatusOK`
	c.String(200, "hi %s", "there")               // want `bare HTTP status code 200, use http.StatusOK`
	c.HTML(200, "index.tmpl", nil)                // want `bare HTTP status code 200, use http.StatusOK`
	c.Data(200, "text/plain", nil)                // want `bare HTTP status code 200, use http.StatusOK`
	c.XML(200, nil)                               // want `bare HTTP status code 200, use http.StatusOK`
	c.ProtoBuf(200, nil)                          // want `bare HTTP status code 200, use http.StatusOK`
	c.Render(200, nil)                            // want `bare HTTP status code 200, use http.StatusOK`
	c.Status(201)                                 // want `bare HTTP status code 201, use http.StatusCreated`
	c.SetStatusCode(202)                          // want `bare HTTP status code 202, use http.StatusAccepted`
	c.AbortWithStatus(401)                        // want `bare HTTP status code 401, use http.StatusUnauthorized`
	c.AbortWithStatusJSON(403, nil)               // want `bare HTTP status code 403, use http.StatusForbidden`
	c.AbortWithMsg("gone", 410)                   // want `bare HTTP status code 410, use http.StatusGone`
	_ = c.AbortWithError(500, errors.New("boom")) // want `bare HTTP status code 500, use http.StatusInternalServerError`
	c.Redirect(302, []byte("/"))                  // want `bare HTTP status code 302, use http.StatusFound`
	c.Response.SetStatusCode(204)                 // want `bare HTTP status code 204, use http.StatusNoContent`
	c.Response.Header.SetStatusCode(206)          // want `bare HTTP status code 206, use http.StatusPartialContent`
}

func statusValues(resp *protocol.Response) bool {
	if resp.StatusCode() == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return false
	}
	switch resp.Header.StatusCode() {
	case 500, 503: // want `bare HTTP status code 500, use http.StatusInternalServerError` `bare HTTP status code 503, use http.StatusServiceUnavailable`
		return false
	}
	return true
}

// code is a variable: its value is not known here.
var code = 404 // want `bare HTTP status code 404, use http.StatusNotFound`

func negatives(c *app.RequestContext) bool {
	c.Status(consts.StatusOK)                    // ok: hertz's own constant
	c.AbortWithMsg("404", consts.StatusNotFound) // ok: hertz's own constant; "404" is the message
	c.JSON(code, nil)                            // ok: a variable
	_ = c.Query("code") == "404"                 // ok: a string, not a status
	return c.Response.StatusCode() >= 500 // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
}
