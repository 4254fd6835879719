package compare

import (
	"net/http"
	"net/http/httptest"
)

func check(resp *http.Response, rec *httptest.ResponseRecorder) {
	_ = resp.StatusCode == 404           // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = 404 != rec.Code                  // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = rec.Result().StatusCode == 200   // want `bare HTTP status code 200, use http.StatusOK`
	_ = (resp.StatusCode) == (201)       // want `bare HTTP status code 201, use http.StatusCreated`
	switch resp.StatusCode {
	case 200, 204: // want `bare HTTP status code 200, use http.StatusOK` `bare HTTP status code 204, use http.StatusNoContent`
	case http.StatusAccepted: // ok: named constant
	}
	_ = resp.StatusCode >= 500 // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
	_ = resp.StatusCode < 300 // want `bare HTTP status code 300 in a range check \(below 3xx\), use http.StatusMultipleChoices`
	_ = resp.StatusCode/100 == 2         // ok: a class check by arithmetic, reported only where fixes write the status package (rangesstatus)
	_ = resp.StatusCode%100 == 4         // ok: arithmetic
	_ = resp.ContentLength == 404        // ok: not a status value
	code := resp.StatusCode
	_ = code == 404 // want `bare HTTP status code 404, use http.StatusNotFound`
	switch {
	case resp.StatusCode == 302: // want `bare HTTP status code 302, use http.StatusFound`
	}
}
