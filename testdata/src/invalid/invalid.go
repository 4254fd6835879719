package invalid

import (
	"net/http"
	"net/http/httptest"
)

func stored(rec *httptest.ResponseRecorder, resp *http.Response) {
	rec.Code = 1                      // ok: a sentinel stored in a field does not panic
	_ = http.Response{StatusCode: -1} // ok: stored, not sent
	resp.StatusCode = 499             // want `HTTP status code 499 has no registered name; declare a named constant`
}

func handler(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(1000)         // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	w.WriteHeader(99)           // want `invalid HTTP status code 99: net/http panics on codes outside 100-999`
	w.WriteHeader(-1)           // want `invalid HTTP status code -1: net/http panics on codes outside 100-999`
	http.Error(w, "zero", 0)    // want `invalid HTTP status code 0: net/http panics on codes outside 100-999`
	_ = resp.StatusCode == 0    // ok: a comparison with 0 checks for "unset"
	_ = resp.StatusCode != -1   // ok: a comparison, not a status sent
	w.WriteHeader(999)          // want `HTTP status code 999 has no registered name; declare a named constant`
}
