package wrapperuse

import (
	"net/http"

	"wrapperlib"
)

func handler(w http.ResponseWriter) {
	wrapperlib.Respond(w, 404, "missing") // want `bare HTTP status code 404, use http.StatusNotFound`
	var api wrapperlib.API
	api.Error(w, 422, "invalid") // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
	relay(w, 503)                // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
}

// relay makes a chain across packages.
func relay(w http.ResponseWriter, code int) { // want relay:"status arg 1"
	wrapperlib.Respond(w, code, "")
}

func check(w http.ResponseWriter, resp *http.Response) {
	_ = wrapperlib.ExpectStatus(resp, 200) // want `bare HTTP status code 200, use http.StatusOK`
	_ = wrapperlib.ExpectStatus(resp, 0)   // ok: 0 checks for "unset" in a compared code
	_ = wrapperlib.ExpectStatus(resp, 499) // want `HTTP status code 499 has no registered name; declare a named constant`
	wrapperlib.ExpectAndSend(w, resp, 0)   // want `invalid HTTP status code 0: net/http panics on codes outside 100-999`
}
