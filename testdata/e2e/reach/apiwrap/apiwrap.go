// Package apiwrap wraps api.Respond, a -funcs position.
package apiwrap

import "example.com/reach/api"

// Fail responds with code.
func Fail(code int) { api.Respond(code) }
