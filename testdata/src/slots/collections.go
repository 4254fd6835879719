package slots

import (
	"errors"
	"net/http"
)

var (
	errMissing  = errors.New("missing")
	errConflict = errors.New("conflict")
)

// errCodes' values are sent.
var errCodes = map[error]int{
	errMissing:  404, // want `bare HTTP status code 404, use http.StatusNotFound`
	errConflict: 409, // want `bare HTTP status code 409, use http.StatusConflict`
}

func writeErr(w http.ResponseWriter, err error) {
	w.WriteHeader(errCodes[err])
}

// Elements ranged over and compared with a status value.
func retryable(resp *http.Response) bool {
	for _, c := range []int{502, 503} { // want `bare HTTP status code 502, use http.StatusBadGateway` `bare HTTP status code 503, use http.StatusServiceUnavailable`
		if resp.StatusCode == c {
			return true
		}
	}
	return false
}

var retryCodes = []int{429, 503} // want `bare HTTP status code 429, use http.StatusTooManyRequests` `bare HTTP status code 503, use http.StatusServiceUnavailable`

func shouldRetry(resp *http.Response) bool {
	for _, c := range retryCodes {
		if c == resp.StatusCode {
			return true
		}
	}
	return false
}

// sizes holds lengths, never compared with a status.
var sizes = []int{100, 200, 404} // ok: not a status collection

func fits(n int) bool {
	for _, s := range sizes {
		if n == s {
			return true
		}
	}
	return false
}
