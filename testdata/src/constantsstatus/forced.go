package constantsstatus

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(404) // want `bare HTTP status code 404, use status.NotFound`
}
