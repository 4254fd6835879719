package status

import "net/http"

// Literals inside the package that declares the constants, as in net/http
// itself: a fix writes the package's own constant unqualified and never
// imports the package into itself (an import cycle). The constants are
// declared in status.go, the stub that other fixtures import.

func write(w http.ResponseWriter) {
	w.WriteHeader(404) // want `bare HTTP status code 404, use NotFound`
	w.WriteHeader(200) // want `bare HTTP status code 200, use OK`
}

func shadowed(w http.ResponseWriter) {
	NotFound := "not a constant"
	_ = NotFound
	// No fix: NotFound is a local variable here.
	w.WriteHeader(404) // want `bare HTTP status code 404, use status.NotFound`
}

func missing(w http.ResponseWriter) {
	// No fix: the stub lacks the constant.
	w.WriteHeader(418) // want `bare HTTP status code 418, use status.Teapot`
}
