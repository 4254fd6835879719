package wrapperuse

import (
	"net/http"

	"wrapperlib"
)

func handler(w http.ResponseWriter) {
	wrapperlib.Respond(w, 404, "missing")      // want `bare HTTP status code 404, use http.StatusNotFound`
	var api wrapperlib.API
	api.Error(w, 422, "invalid")               // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
	relay(w, 503)                              // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
}

// relay makes a chain across packages.
func relay(w http.ResponseWriter, code int) { // want relay:"status arg 1"
	wrapperlib.Respond(w, code, "")
}
