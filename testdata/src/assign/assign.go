package assign

import (
	"net/http"
	"net/http/httptest"
)

type wrapped struct {
	*http.Response
}

func build(rec *httptest.ResponseRecorder) *http.Response {
	resp := new(http.Response)
	resp.StatusCode = 502                        // want `bare HTTP status code 502, use http.StatusBadGateway`
	rec.Code = 503                               // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
	w := wrapped{resp}
	w.StatusCode = 504                           // want `bare HTTP status code 504, use http.StatusGatewayTimeout`
	_ = []http.Response{{StatusCode: 202}}       // want `bare HTTP status code 202, use http.StatusAccepted`
	_ = map[string]*http.Response{"a": {StatusCode: 203}} // want `bare HTTP status code 203, use http.StatusNonAuthoritativeInfo`
	resp.ProtoMajor = 1                          // ok: not a status field
	resp.StatusCode += 1                         // ok: arithmetic
	return &http.Response{Status: "404 Not Found", StatusCode: 404} // want `bare HTTP status code 404, use http.StatusNotFound`
}
