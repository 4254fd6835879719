// Package api declares a status position that only -funcs knows: it
// imports nothing.
package api

// Respond records code.
func Respond(code int) { last = code }

var last int
