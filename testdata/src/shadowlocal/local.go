package shadowlocal

import "net/http"

func handler(w http.ResponseWriter) {
	http := "shadowed" // a local variable named like the package
	_ = http
	w.WriteHeader(404) // want `bare HTTP status code 404, use http.StatusNotFound`
}

func other(w http.ResponseWriter) {
	w.WriteHeader(500) // want `bare HTTP status code 500, use http.StatusInternalServerError`
}

type writer = http.ResponseWriter
