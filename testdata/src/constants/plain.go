package constants

import "net/http"

func plain(w http.ResponseWriter) {
	w.WriteHeader(404) // want `bare HTTP status code 404, use http.StatusNotFound`
}
