// Package ranges checks ordering comparisons and class checks on status
// values where fixes write net/http's constants (the file does not import
// our status package): bounds become named constants.
package ranges

import (
	"net/http"
	"net/http/httptest"
)

func single(resp *http.Response, rec *httptest.ResponseRecorder) {
	_ = resp.StatusCode >= 400  // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
	_ = resp.StatusCode < 500   // want `bare HTTP status code 500 in a range check \(below 5xx\), use http.StatusInternalServerError`
	_ = 300 <= rec.Code         // want `bare HTTP status code 300 in a range check \(3xx and above\), use http.StatusMultipleChoices`
	_ = resp.StatusCode > 404   // want `bare HTTP status code 404 in a range check, use http.StatusNotFound`
	_ = rec.Code <= 204         // want `bare HTTP status code 204 in a range check, use http.StatusNoContent`
	if resp.StatusCode >= 500 { // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
		return
	}
	// Two bounds that are no whole class: each is reported on its own.
	_ = resp.StatusCode >= 200 && resp.StatusCode < 400 // want `bare HTTP status code 200 in a range check \(2xx and above\), use http.StatusOK` `bare HTTP status code 400 in a range check \(below 4xx\), use http.StatusBadRequest`
	// Two values: each has its own bound.
	_ = resp.StatusCode >= 200 && rec.Code < 300 // want `bare HTTP status code 200 in a range check \(2xx and above\), use http.StatusOK` `bare HTTP status code 300 in a range check \(below 3xx\), use http.StatusMultipleChoices`
}

func classes(resp *http.Response, rec *httptest.ResponseRecorder, err error) {
	_ = resp.StatusCode >= 200 && resp.StatusCode < 300               // want `2xx class check with bare HTTP status codes, use http.StatusOK and http.StatusMultipleChoices`
	_ = 200 <= resp.StatusCode && resp.StatusCode <= 299              // want `2xx class check with bare HTTP status codes, use http.StatusOK and http.StatusMultipleChoices`
	_ = resp.StatusCode < 300 && resp.StatusCode > 199                // want `2xx class check with bare HTTP status codes, use http.StatusMultipleChoices and http.StatusOK`
	_ = rec.Code >= 400 && 499 >= rec.Code                            // want `4xx class check with bare HTTP status codes, use http.StatusBadRequest and http.StatusInternalServerError`
	_ = resp.StatusCode >= 500 && resp.StatusCode < 600               // want `5xx class check with bare HTTP status codes, use http.StatusInternalServerError`
	_ = resp.StatusCode >= 100 && resp.StatusCode <= 199              // want `1xx class check with bare HTTP status codes, use http.StatusContinue and http.StatusOK`
	_ = resp.StatusCode < 200 || resp.StatusCode >= 300               // want `2xx class check with bare HTTP status codes, use http.StatusOK and http.StatusMultipleChoices`
	_ = resp.StatusCode <= 299 || resp.StatusCode > 399               // want `3xx class check with bare HTTP status codes, use http.StatusMultipleChoices and http.StatusBadRequest`
	_ = err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300 // want `2xx class check with bare HTTP status codes, use http.StatusOK and http.StatusMultipleChoices`
	_ = (rec.Code >= 300) && (rec.Code < 400)                         // want `3xx class check with bare HTTP status codes, use http.StatusMultipleChoices and http.StatusBadRequest`
	// Evaluated twice as written: the bounds keep it so.
	_ = rec.Result().StatusCode >= 400 && rec.Result().StatusCode < 500                  // want `4xx class check with bare HTTP status codes, use http.StatusBadRequest and http.StatusInternalServerError`
	_ = resp.StatusCode/100 == 2                                                         // ok: a class check by arithmetic names no bound; reported where fixes write the status package
	_ = resp.StatusCode >= http.StatusOK && resp.StatusCode < http.StatusMultipleChoices // ok: named constants
}

type sizes struct {
	Len, Port int
}

func negatives(resp *http.Response, body []byte, s sizes, n int) {
	_ = resp.StatusCode < 600      // ok: a bound with no registered name
	_ = resp.StatusCode <= 299     // ok: a bound with no registered name, on its own
	_ = resp.StatusCode > 399      // ok: a bound with no registered name, on its own
	_ = resp.StatusCode > 0        // ok: 0 checks for "set"
	_ = resp.StatusCode >= 1000    // ok: not a code
	_ = len(body) > 200            // ok: a length
	_ = resp.ContentLength >= 404  // ok: a size, not a status value
	_ = s.Len < 300                // ok: a length
	_ = s.Port >= 443              // ok: a port
	_ = n < 404                    // ok: a non-status int
	_ = resp.StatusCode/100 == 7   // ok: no such class
	_ = resp.StatusCode%100 >= 200 // ok: arithmetic
	_ = resp.StatusCode+1 >= 200   // ok: arithmetic
	const limit = 500
	_ = resp.StatusCode >= limit // ok: named constant
}
