// Package fixed returns handler's funcs. It names no status position, and
// reaches one only through the result of handler's type: go vet's tool
// must analyse it for the fact that Status's parameter is a status code.
package fixed

import (
	"net/http"

	"example.com/reach/handler"
)

// Status returns a handler that always answers code.
func Status(code int) handler.Func {
	return func(*http.Request) (int, error) { return code, nil }
}
