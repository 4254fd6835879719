package basic

import (
	"net/http"
	"net/http/httptest"
)

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)                        // want `bare HTTP status code 404, use http.StatusNotFound`
	http.Error(w, "teapot", 418)              // want `bare HTTP status code 418, use http.StatusTeapot`
	http.Redirect(w, r, "/", 301)             // want `bare HTTP status code 301, use http.StatusMovedPermanently`
	_ = http.RedirectHandler("/", (307))      // want `bare HTTP status code 307, use http.StatusTemporaryRedirect`
	_ = http.StatusText(0x1f4)                // want `bare HTTP status code 500, use http.StatusInternalServerError`
	_ = &http.Response{StatusCode: 200}       // want `bare HTTP status code 200, use http.StatusOK`
	_ = &httptest.ResponseRecorder{Code: 201} // want `bare HTTP status code 201, use http.StatusCreated`
}

func negatives(w http.ResponseWriter) {
	const notFound = 404
	w.WriteHeader(notFound)            // ok: named constant
	w.WriteHeader(http.StatusNotFound) // ok: net/http's constant
	code := 404                 // want `bare HTTP status code 404, use http.StatusNotFound`
	w.WriteHeader(code)         // the variable becomes a status: its literal is reported
	w.WriteHeader(400 + 4)      // ok: an expression, not a literal
	_ = make([]byte, 404)       // ok: not a status position
	_ = http.Response{Proto: "HTTP/1.1", ProtoMajor: 1} // ok: not a status field
}
