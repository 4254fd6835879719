// Package app calls the wrappers of its dependencies, which go vet analyses
// only for their facts.
package app

import (
	"net/http/httptest"

	"example.com/reach/apiwrap"
	"example.com/reach/b"
	"example.com/reach/c"
	"example.com/reach/d"
	"example.com/reach/expect"
	"example.com/reach/fh"
	"example.com/reach/fixed"
	"example.com/reach/h"
	"example.com/reach/hdr"
	"example.com/reach/util"

	"github.com/valyala/fasthttp"
)

// Handle responds through every wrapper.
func Handle(w *b.Writer, f b.Flusher, ctx *fasthttp.RequestCtx) string {
	c.Reply(w, 404)
	c.Stream(f, 503)
	c.Replier{}.Reply(w, 409)
	d.Send(w, 418)
	apiwrap.Fail(500)
	fh.Status(ctx, 502)
	h.NewSender().Send(w, 504)
	_ = hdr.Keys(nil, nil)
	_ = expect.Expect("/gone", 410)
	_ = fixed.Status(451)
	return util.Code(404, "x") // not a status position
}

// Record writes through a recorder from the standard library, whose facts
// go vet's tool takes from analyzer's table: its WriteHeader panics on 0.
func Record(rec *httptest.ResponseRecorder) {
	rec.WriteHeader(0)
}
