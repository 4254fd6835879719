// Package chiapp uses chi's render.Status and middleware's status, against
// the real chi and render.
package chiapp

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/render"
)

func Router() http.Handler {
	r := chi.NewRouter()
	r.Use(logStatus)
	r.Post("/", func(w http.ResponseWriter, r *http.Request) {
		render.Status(r, 201)
		render.JSON(w, r, map[string]bool{"ok": true})
	})
	return r
}

func logStatus(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		if ww.Status() == 500 {
			ww.WriteHeader(503)
		}
	})
}
