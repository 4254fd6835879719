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
