package constants

import (
	"net/http"

	"github.com/statuslint/statuslint/status"
)

var _ = status.OK // ok: a named constant

func handler(w http.ResponseWriter) {
	w.WriteHeader(404) // want `bare HTTP status code 404, use status.NotFound`
	w.WriteHeader(413) // want `bare HTTP status code 413, use status.ContentTooLarge`
}

func shadowed(w http.ResponseWriter, status int) {
	w.WriteHeader(200) // want `bare HTTP status code 200, use status.OK`
	_ = status
}
