package fiber

import (
	"net/http"

	"github.com/gofiber/fiber/v2/utils"
	"github.com/valyala/fasthttp"
)

// plain fasthttp, and the status messages of fiber and fasthttp.
func plain(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(fasthttp.StatusOK) // ok: fasthttp's own constant
	ctx.SetStatusCode(http.StatusOK)     // ok: net/http's constant
	ctx.SetStatusCode(429)               // want `bare HTTP status code 429, use http.StatusTooManyRequests`
	ctx.Response.SetStatusCode(200)      // want `bare HTTP status code 200, use http.StatusOK`
	_ = fasthttp.StatusMessage(404)      // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = utils.StatusMessage(404)         // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = fasthttp.StatusMessage(1337)     // ok: a lookup of an unknown code, which returns ""
	_ = utils.StatusMessage(-1)          // ok: a lookup of an unknown code, which returns ""
	_ = utils.StatusMessage(600)         // ok: a lookup of an unregistered code
	_ = http.StatusText(1000)            // ok: a lookup of an unknown code, which returns ""
	ctx.Error("overloaded", 1000)        // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
}
