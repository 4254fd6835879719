// Package handler declares a named func type whose first result its
// ServeHTTP sends.
package handler

import "net/http"

// Func handles a request and returns its status.
type Func func(*http.Request) (int, error)

// ServeHTTP sends f's status.
func (f Func) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code, _ := f(r)
	w.WriteHeader(code)
}
