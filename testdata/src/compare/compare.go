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
	_ = resp.StatusCode >= 500           // ok: ordering comparisons are class checks
	_ = resp.StatusCode < 300            // ok: ordering comparison
	_ = resp.StatusCode/100 == 2         // ok: arithmetic, a class check
	_ = resp.StatusCode%100 == 4         // ok: arithmetic
	_ = resp.ContentLength == 404        // ok: not a status value
	code := resp.StatusCode
	_ = code == 404 // want `bare HTTP status code 404, use http.StatusNotFound`
	switch {
	case resp.StatusCode == 302: // want `bare HTTP status code 302, use http.StatusFound`
	}
}
