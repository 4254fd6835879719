package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
)

// This file already imports net/http: fixes use it.
func withImport(c *gin.Context) {
	c.JSON(http.StatusOK, nil)                                          // ok: net/http's constant
	c.JSON(201, nil)                                                    // want `bare HTTP status code 201, use http.StatusCreated`
	c.Render(-1, render.Redirect{Code: 301, Location: "/"})             // want `bare HTTP status code 301, use http.StatusMovedPermanently`
	c.JSON(-1, nil)                                                     // ok: gin keeps the current status for codes <= 0
	c.Status(0)                                                         // ok: gin keeps the current status for codes <= 0
	c.Writer.WriteHeader(-1)                                            // ok: gin's ResponseWriter ignores codes <= 0
	c.JSON(1000, nil)                                                   // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	c.Render(http.StatusFound, render.Redirect{Code: http.StatusFound}) // ok: named constants
	c.AbortWithStatus(499)                                              // want `HTTP status code 499 has no registered name; declare a named constant`
}

// respond is a wrapper: its code reaches c.JSON unchanged.
func respond(c *gin.Context, code int, v any) { // want respond:"status arg 1"
	c.JSON(code, v)
}

func useWrapper(c *gin.Context) {
	respond(c, 422, nil) // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
}
