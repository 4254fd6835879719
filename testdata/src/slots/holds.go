package slots

import (
	"net/http"
	"net/http/httptest"
)

// Slots assigned a status value hold one: literals compared with them are
// status codes.
func holds(resp *http.Response, rec *httptest.ResponseRecorder) {
	code := resp.StatusCode
	if code == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return
	}
	switch code {
	case 301, 302: // want `bare HTTP status code 301, use http.StatusMovedPermanently` `bare HTTP status code 302, use http.StatusFound`
		return
	}
	got := rec.Code
	_ = 200 == got // want `bare HTTP status code 200, use http.StatusOK`
	want := 201    // want `bare HTTP status code 201, use http.StatusCreated`
	if got != want {
		return
	}
	if statusOf(resp) == 503 { // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
		return
	}
	_ = code == 0 // ok: 0 checks for "unset"

	n := len(resp.Header)
	if n == 200 { // ok: n holds a length
		return
	}
}

func statusOf(resp *http.Response) int { // want statusOf:"result 0 holds status"
	return resp.StatusCode
}
