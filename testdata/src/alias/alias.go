package alias

import nethttp "net/http"

func handler(w nethttp.ResponseWriter) {
	w.WriteHeader(404) // want `bare HTTP status code 404, use nethttp.StatusNotFound`
}
