// Package chi exercises chi's render.Status and the status read back
// through chi's middleware.WrapResponseWriter.
package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/render"
)

func create(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 201) // want `bare HTTP status code 201, use http.StatusCreated`
	render.JSON(w, r, nil)
}

func logger(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		if ww.Status() == 500 { // want `bare HTTP status code 500, use http.StatusInternalServerError`
			ww.WriteHeader(503) // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
		}
		_ = ww.BytesWritten() == 200 // ok: BytesWritten is not a status value
		_ = ww.Status() >= 400 // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
	})
}

func negatives(r *http.Request) {
	render.Status(r, http.StatusAccepted) // ok: net/http's constant
}

// server carries a request, so that only.go needs no net/http import.
type server struct {
	req *http.Request
}
