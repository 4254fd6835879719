// Package middleware is a stub of github.com/go-chi/chi/v5/middleware
// v5.5.0: only the declarations statuslint's fixtures use.
package middleware

import "net/http"

// WrapResponseWriter is a proxy around an http.ResponseWriter (abridged).
type WrapResponseWriter interface {
	http.ResponseWriter
	Status() int
	BytesWritten() int
}

func NewWrapResponseWriter(w http.ResponseWriter, protoMajor int) WrapResponseWriter { return nil }
