// Package hertzapp uses every hertz status position statuslint knows,
// against the real hertz. It imports no net/http.
package hertzapp

import (
	"context"
	"errors"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

func Handler(_ context.Context, c *app.RequestContext) {
	c.JSON(200, nil)
	c.PureJSON(200, nil)
	c.IndentedJSON(200, nil)
	c.String(200, "hi %s", "there")
	c.HTML(200, "index.tmpl", nil)
	c.Data(200, "text/plain", nil)
	c.XML(200, nil)
	c.ProtoBuf(200, nil)
	c.Render(200, nil)
	c.Status(201)
	c.SetStatusCode(202)
	c.AbortWithStatus(401)
	c.AbortWithStatusJSON(403, nil)
	c.AbortWithMsg("gone", 410)
	_ = c.AbortWithError(500, errors.New("boom"))
	c.Redirect(302, []byte("/"))
	c.Response.SetStatusCode(204)
	c.Response.Header.SetStatusCode(206)
	c.Status(consts.StatusOK) // hertz's own constant
}

func StatusValue(resp *protocol.Response) bool {
	if resp.StatusCode() == 404 {
		return false
	}
	return resp.Header.StatusCode() != 500
}
