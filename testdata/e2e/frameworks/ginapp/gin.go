// Package ginapp uses every gin status position statuslint knows, against
// the real gin. It imports no net/http: -fix adds it.
package ginapp

import (
	"errors"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
)

func Helpers(c *gin.Context) {
	c.JSON(200, gin.H{"ok": true})
	c.IndentedJSON(201, nil)
	c.SecureJSON(202, nil)
	c.JSONP(203, nil)
	c.AsciiJSON(200, nil)
	c.PureJSON(200, nil)
	c.XML(200, nil)
	c.YAML(200, nil)
	c.TOML(200, nil)
	c.ProtoBuf(200, nil)
	c.BSON(200, nil)
	c.String(200, "%d items", 404) // 404 is a format argument
	c.HTML(200, "index.tmpl", nil)
	c.Data(200, "text/plain", nil)
	c.DataFromReader(200, 0, "text/plain", nil, nil)
	c.Render(200, render.Redirect{Code: 301, Location: "/"})
	c.Negotiate(406, gin.Negotiate{Offered: []string{gin.MIMEJSON}})
	c.Redirect(302, "/login")
	c.Status(204)
	c.AbortWithStatus(401)
	c.AbortWithStatusJSON(403, gin.H{})
	c.AbortWithStatusPureJSON(404, gin.H{})
	_ = c.AbortWithError(500, errors.New("boom"))
	c.Writer.WriteHeader(503)
	c.AbortWithStatus(499) // no registered name: reported, not fixed
}

func StatusValue(c *gin.Context) bool {
	switch c.Writer.Status() {
	case 200:
		return true
	}
	return c.Writer.Status() == 404 || c.Writer.Status() >= 500
}

// respond is a wrapper: its code reaches c.JSON unchanged.
func respond(c *gin.Context, code int, v any) { c.JSON(code, v) }

func UseWrapper(c *gin.Context) { respond(c, 422, nil) }
