// Package slotsoff is analysed with -follow=false: only codes in a status
// position, or passed to a wrapper, are reported.
package slotsoff

import "net/http"

func writeJSON(w http.ResponseWriter, code int) { // want writeJSON:"status arg 1"
	w.WriteHeader(code)
}

func handler(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(404)  // want `bare HTTP status code 404, use http.StatusNotFound`
	writeJSON(w, 409)   // want `bare HTTP status code 409, use http.StatusConflict`
	code := 500         // ok: not followed
	w.WriteHeader(code)
	got := resp.StatusCode
	_ = got == 404 // ok: not followed
}
