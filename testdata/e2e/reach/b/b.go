// Package b declares response writers over net/http's.
package b

import "net/http"

// Writer embeds an http.ResponseWriter: its WriteHeader is a status position.
type Writer struct{ http.ResponseWriter }

// Flusher is an interface that embeds http.ResponseWriter.
type Flusher interface {
	http.ResponseWriter
	http.Flusher
}
