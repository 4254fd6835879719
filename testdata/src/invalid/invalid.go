package invalid

import "net/http"

func handler(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(1000)         // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	w.WriteHeader(99)           // want `invalid HTTP status code 99: net/http panics on codes outside 100-999`
	w.WriteHeader(-1)           // want `invalid HTTP status code -1: net/http panics on codes outside 100-999`
	http.Error(w, "zero", 0)    // want `invalid HTTP status code 0: net/http panics on codes outside 100-999`
	_ = resp.StatusCode == 0    // ok: a comparison with 0 checks for "unset"
	_ = resp.StatusCode != -1   // ok: a comparison, not a status sent
	w.WriteHeader(999)          // want `HTTP status code 999 has no registered name; declare a named constant`
}
