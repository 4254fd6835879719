// Package fh wraps fasthttp, whose positions are not in net/http and which
// does not import it.
package fh

import "github.com/valyala/fasthttp"

// Status sets code.
func Status(ctx *fasthttp.RequestCtx, code int) { ctx.SetStatusCode(code) }
