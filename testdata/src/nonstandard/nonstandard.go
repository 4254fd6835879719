package nonstandard

import "net/http"

func handler(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(499)         // want `HTTP status code 499 has no registered name; declare a named constant`
	http.Error(w, "x", 599)    // want `HTTP status code 599 has no registered name; declare a named constant`
	_ = resp.StatusCode == 499 // ok: unnamed codes are reported where sent, not where compared
	w.WriteHeader(306)         // want `HTTP status code 306 has no registered name; declare a named constant`
}
