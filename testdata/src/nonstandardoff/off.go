package nonstandardoff

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(499)  // ok: -nonstandard=false
	w.WriteHeader(1000) // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	w.WriteHeader(404)  // want `bare HTTP status code 404, use http.StatusNotFound`
}

func compared(resp *http.Response) bool {
	return resp.StatusCode == 499 // ok: -nonstandard=false
}
