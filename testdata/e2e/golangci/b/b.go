// Package b holds the reports the end-to-end check expects.
package b

import (
	"net/http"

	"example.com/e2e/a"
)

// Missing is reported through the wrapper declared in package a.
func Missing(w http.ResponseWriter) {
	a.Respond(w, 404) // want: bare HTTP status code 404 (cross-package wrapper)
}

// Teapot is reported directly.
func Teapot(w http.ResponseWriter) {
	w.WriteHeader(418) // want: bare HTTP status code 418
}

// OK is reported unless the allow setting lists 200.
func OK(w http.ResponseWriter) {
	w.WriteHeader(200) // want: bare HTTP status code 200, unless allowed
}

// Unavailable is suppressed by golangci-lint's nolint directive.
func Unavailable(w http.ResponseWriter) {
	w.WriteHeader(503) //nolint:statuslint // ok: suppressed
}

// Conflicts repeats one message: golangci-lint shows only three identical
// messages unless max-same-issues is 0.
func Conflicts(w http.ResponseWriter, n int) {
	switch n {
	case 1:
		w.WriteHeader(409) // want: 1st of 4 identical
	case 2:
		w.WriteHeader(409) // want: 2nd of 4 identical
	case 3:
		w.WriteHeader(409) // want: 3rd of 4 identical
	default:
		w.WriteHeader(409) // want: 4th of 4 identical
	}
}
