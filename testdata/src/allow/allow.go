package allow

import "net/http"

func handler(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(200)         // ok: -allow=200,404
	_ = resp.StatusCode == 404 // ok: -allow=200,404
	w.WriteHeader(201)         // want `bare HTTP status code 201, use http.StatusCreated`
}
