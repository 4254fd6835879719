// Package render is a stub of github.com/gin-gonic/gin/render v1.12.0:
// only the declarations statuslint's fixtures use, with their real signatures.
package render

import "net/http"

// Render is the interface of gin's renderers.
type Render interface {
	Render(http.ResponseWriter) error
	WriteContentType(w http.ResponseWriter)
}

// Redirect renders a redirect.
type Redirect struct {
	Code     int
	Request  *http.Request
	Location string
}

func (r Redirect) Render(w http.ResponseWriter) error { return nil }

func (r Redirect) WriteContentType(http.ResponseWriter) {}
