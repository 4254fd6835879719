// Package a declares a status wrapper that package b calls: statuslint
// must carry the wrapper across the package boundary as a fact.
package a

import "net/http"

// Respond writes code as the response status.
func Respond(w http.ResponseWriter, code int) {
	w.WriteHeader(code) // ok: a variable, and what makes Respond a wrapper
}
