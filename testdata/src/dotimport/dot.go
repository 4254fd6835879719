package dotimport

import . "net/http"

func handler(w ResponseWriter) {
	w.WriteHeader(404) // want `bare HTTP status code 404, use StatusNotFound`
	Error(w, "gone", 410) // want `bare HTTP status code 410, use StatusGone`
}
