// Package render is a stub of github.com/go-chi/render v1.0.3: only the
// declarations statuslint's fixtures use, with their real signatures.
package render

import "net/http"

func Status(r *http.Request, status int) {}

func JSON(w http.ResponseWriter, r *http.Request, v interface{}) {}
