// Package b holds the one finding, which needs package a's fact.
package b

import (
	"net/http"

	"example.com/fleet/a"
)

// Missing is reported through the wrapper declared in package a.
func Missing(w http.ResponseWriter) {
	a.Respond(w, 404) // want: bare HTTP status code 404 (cross-package wrapper)
}
