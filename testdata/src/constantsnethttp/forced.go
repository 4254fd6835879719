package constantsnethttp

import (
	"net/http"

	"github.com/statuslint/statuslint/status"
)

func handler(w http.ResponseWriter) {
	w.WriteHeader(status.OK) // ok: a named constant
	w.WriteHeader(404)       // want `bare HTTP status code 404, use http.StatusNotFound`
}
