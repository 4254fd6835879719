// Package a declares a status wrapper: that Respond's code is a status
// travels to package b only as an analysis fact, through the go command's
// cache when a second machine replays the first one's results.
package a

import "net/http"

// Respond writes code as the response status.
func Respond(w http.ResponseWriter, code int) {
	w.WriteHeader(code) // ok: a variable, and what makes Respond a wrapper
}
