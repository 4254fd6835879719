// Package gozero exercises go-zero's httpx helpers, which statuslint
// finds through wrapper facts: there is no row for them.
package gozero

import (
	"context"
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"
)

func handler(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJson(w, 400, map[string]string{"error": "bad"}) // want `bare HTTP status code 400, use http.StatusBadRequest`
	httpx.WriteJsonCtx(context.Background(), w, 201, nil)      // want `bare HTTP status code 201, use http.StatusCreated`
	httpx.WriteJson(w, http.StatusOK, nil)                     // ok: net/http's constant
	httpx.OkJson(w, 200)                                       // ok: the body, not a status position
}
