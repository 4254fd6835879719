// Package gozeroapp uses go-zero's status positions, found through
// wrapper facts of the real module. It imports net/http for the writer.
package gozeroapp

import (
	"context"
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJson(w, 400, map[string]string{"error": "bad"})
	httpx.WriteJsonCtx(context.Background(), w, 201, nil)
}
