// Package gin exercises gin's status positions. This file imports only
// gin: the fixes add "net/http".
package gin

import "github.com/gin-gonic/gin"

func helpers(c *gin.Context, err error) {
	c.JSON(200, gin.H{"ok": true})                   // want `bare HTTP status code 200, use http.StatusOK`
	c.IndentedJSON(201, nil)                         // want `bare HTTP status code 201, use http.StatusCreated`
	c.SecureJSON(202, nil)                           // want `bare HTTP status code 202, use http.StatusAccepted`
	c.JSONP(203, nil)                                // want `bare HTTP status code 203, use http.StatusNonAuthoritativeInfo`
	c.AsciiJSON(200, nil)                            // want `bare HTTP status code 200, use http.StatusOK`
	c.PureJSON(200, nil)                             // want `bare HTTP status code 200, use http.StatusOK`
	c.XML(200, nil)                                  // want `bare HTTP status code 200, use http.StatusOK`
	c.YAML(200, nil)                                 // want `bare HTTP status code 200, use http.StatusOK`
	c.TOML(200, nil)                                 // want `bare HTTP status code 200, use http.StatusOK`
	c.ProtoBuf(200, nil)                             // want `bare HTTP status code 200, use http.StatusOK`
	c.BSON(200, nil)                                 // want `bare HTTP status code 200, use http.StatusOK`
	c.String(200, "%d items", 404)                   // want `bare HTTP status code 200, use http.StatusOK`
	c.HTML(200, "index.tmpl", nil)                   // want `bare HTTP status code 200, use http.StatusOK`
	c.Data(200, "text/plain", nil)                   // want `bare HTTP status code 200, use http.StatusOK`
	c.DataFromReader(200, 0, "text/plain", nil, nil) // want `bare HTTP status code 200, use http.StatusOK`
	c.Render(200, nil)                               // want `bare HTTP status code 200, use http.StatusOK`
	c.Negotiate(406, gin.Negotiate{})                // want `bare HTTP status code 406, use http.StatusNotAcceptable`
	c.Redirect(302, "/login")                        // want `bare HTTP status code 302, use http.StatusFound`
	c.Status(204)                                    // want `bare HTTP status code 204, use http.StatusNoContent`
	c.AbortWithStatus(401)                           // want `bare HTTP status code 401, use http.StatusUnauthorized`
	c.AbortWithStatusJSON(403, gin.H{})              // want `bare HTTP status code 403, use http.StatusForbidden`
	c.AbortWithStatusPureJSON(404, gin.H{})          // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = c.AbortWithError(500, err)                   // want `bare HTTP status code 500, use http.StatusInternalServerError`
	c.Writer.WriteHeader(503)                        // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
}

func statusValues(c *gin.Context) bool {
	if c.Writer.Status() == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return true
	}
	switch c.Writer.Status() {
	case 200, 204: // want `bare HTTP status code 200, use http.StatusOK` `bare HTTP status code 204, use http.StatusNoContent`
		return true
	}
	return 500 != c.Writer.Status() // want `bare HTTP status code 500, use http.StatusInternalServerError`
}

func negatives(c *gin.Context) {
	c.JSON(c.Writer.Status(), gin.H{"code": 404}) // ok: 404 is data, not the status
	c.String(c.Writer.Status(), "%d", 404)        // ok: 404 is a format argument
	_ = c.Writer.Size() == 200                    // ok: Size is not a status value
	_ = c.Writer.Status() >= 400 // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
	_ = c.Writer.Status() == 0                    // ok: 0 means no status yet
	_ = c.GetInt("code") == 404                   // ok: not compared with a status value
	c.File("404.html")                            // ok: not a status position
}
