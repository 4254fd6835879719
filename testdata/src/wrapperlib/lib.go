// Package wrapperlib declares wrappers that other packages call.
package wrapperlib

import "net/http"

// Respond writes code and a body.
func Respond(w http.ResponseWriter, code int, body string) { // want Respond:"status arg 1"
	w.WriteHeader(code)
	_, _ = w.Write([]byte(body))
}

// API groups responses.
type API struct{}

// Error responds with an error message.
func (API) Error(w http.ResponseWriter, code int, msg string) { // want Error:"status arg 1"
	Respond(w, code, msg)
}

// ExpectStatus is a test helper: it compares code with the recorded
// status, it does not send it.
func ExpectStatus(resp *http.Response, code int) bool { // want ExpectStatus:"status arg 1 \\(compared\\)"
	return resp.StatusCode == code
}

// ExpectAndSend both compares and sends its code: sending reports most.
func ExpectAndSend(w http.ResponseWriter, resp *http.Response, code int) { // want ExpectAndSend:"status arg 2$"
	if !ExpectStatus(resp, code) {
		w.WriteHeader(code)
	}
}
