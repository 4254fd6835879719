package ranges

import (
	"net/http"
	"net/http/httptest"

	"github.com/statuslint/statuslint/status"
)

// This file imports our status package: class checks become its helpers
// under -constants=auto.

func helpers(resp *http.Response, rec *httptest.ResponseRecorder, c int, err error) {
	_ = resp.StatusCode >= 200 && resp.StatusCode < 300           // want `2xx class check with bare HTTP status codes, use status.IsSuccess`
	_ = 100 <= rec.Code && rec.Code <= 199                        // want `1xx class check with bare HTTP status codes, use status.IsInformational`
	_ = resp.StatusCode < 400 || resp.StatusCode >= 500           // want `4xx class check with bare HTTP status codes, use !status.IsClientError`
	_ = err == nil && rec.Code >= 500 && rec.Code <= 599 && c > 0 // want `5xx class check with bare HTTP status codes, use status.IsServerError`
	_ = resp.StatusCode/100 == 3                                  // want `3xx class check by arithmetic on a status code, use status.IsRedirect`
	_ = 2 != rec.Code/100                                         // want `2xx class check by arithmetic on a status code, use !status.IsSuccess`
	_ = resp.StatusCode >= 400                                    // want `bare HTTP status code 400 in a range check \(4xx and above\), use status.BadRequest`
	// Evaluated twice as written, once by the helper: the bounds instead.
	_ = rec.Result().StatusCode >= 200 && rec.Result().StatusCode < 300 // want `2xx class check with bare HTTP status codes, use status.OK and status.MultipleChoices`
	_ = status.IsSuccess(resp.StatusCode)                               // ok: the helper
}
