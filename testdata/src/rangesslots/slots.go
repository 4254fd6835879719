// Package rangesslots checks range and class checks on slots that hold a
// status value (issue 19's "codes that travel"): a variable or a result
// read from a status value is one.
package rangesslots

import (
	"net/http"
	"net/http/httptest"
)

func statusOf(resp *http.Response) int { return resp.StatusCode } // want statusOf:"result 0 holds status"

func check(resp *http.Response, rec *httptest.ResponseRecorder, body []byte) {
	code := resp.StatusCode
	if code >= 500 { // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
		return
	}
	got := rec.Code
	_ = got >= 200 && got < 300 // want `2xx class check with bare HTTP status codes, use http.StatusOK and http.StatusMultipleChoices`
	_ = statusOf(resp) < 400    // want `bare HTTP status code 400 in a range check \(below 4xx\), use http.StatusBadRequest`
	n := len(body)
	_ = n > 200 // ok: a length, not a status value
	changed := resp.StatusCode
	changed++
	_ = changed >= 400 // ok: changed by arithmetic, not followed
}
