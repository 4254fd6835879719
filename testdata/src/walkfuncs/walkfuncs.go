// Package walkfuncs checks that -funcs entries resolve through the import
// graph that resolve keeps: a function and a method of this package.
package walkfuncs

import "net/http"

type api struct{}

func (api) Fail(w http.ResponseWriter, code int, msg string) {}

func send(w http.ResponseWriter, code int) {}

func use(w http.ResponseWriter, a api) {
	send(w, 404)        // want `bare HTTP status code 404, use http.StatusNotFound`
	a.Fail(w, 500, "x") // want `bare HTTP status code 500, use http.StatusInternalServerError`
	send(w, len("abc")) // ok: not a literal
}
