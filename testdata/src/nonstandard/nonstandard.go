package nonstandard

import "net/http"

func handler(w http.ResponseWriter, resp *http.Response) {
	switch resp.StatusCode {
	case 499: // want `HTTP status code 499 has no registered name; declare a named constant`
	case 0: // ok: unset
	}
	w.WriteHeader(499)         // want `HTTP status code 499 has no registered name; declare a named constant`
	http.Error(w, "x", 599)    // want `HTTP status code 599 has no registered name; declare a named constant`
	_ = resp.StatusCode == 499 // want `HTTP status code 499 has no registered name; declare a named constant`
	_ = resp.StatusCode != 0   // ok: 0 checks for "unset"
	_ = resp.StatusCode == -1  // ok: a sentinel, not a code
	_ = http.StatusText(499)   // ok: a lookup of an unregistered code, which returns ""
	w.WriteHeader(306)         // want `HTTP status code 306 has no registered name; declare a named constant`
}
