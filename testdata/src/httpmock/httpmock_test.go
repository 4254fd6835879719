package httpmock

import (
	"testing"

	"github.com/jarcoal/httpmock"
)

// This file imports only httpmock: the fixes add "net/http". No row of the
// sink table names httpmock: every constructor passes its status on to
// http.Response's StatusCode, so wrapper facts find them all.
func TestResponders(t *testing.T) {
	httpmock.RegisterResponder("GET", "/a", httpmock.NewStringResponder(200, "ok")) // want `bare HTTP status code 200, use http.StatusOK`
	_ = httpmock.NewStringResponse(201, "made")                                     // want `bare HTTP status code 201, use http.StatusCreated`
	_ = httpmock.NewBytesResponder(202, nil)                                        // want `bare HTTP status code 202, use http.StatusAccepted`
	_ = httpmock.NewBytesResponse(203, nil)                                         // want `bare HTTP status code 203, use http.StatusNonAuthoritativeInfo`
	_, _ = httpmock.NewJsonResponder(204, nil)                                      // want `bare HTTP status code 204, use http.StatusNoContent`
	_ = httpmock.NewJsonResponderOrPanic(205, nil)                                  // want `bare HTTP status code 205, use http.StatusResetContent`
	_, _ = httpmock.NewJsonResponse(206, nil)                                       // want `bare HTTP status code 206, use http.StatusPartialContent`
	_ = httpmock.NewJsonResponseOrPanic(400, nil)                                   // want `bare HTTP status code 400, use http.StatusBadRequest`
	_, _ = httpmock.NewXmlResponder(404, nil)                                       // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = httpmock.NewXmlResponderOrPanic(409, nil)                                   // want `bare HTTP status code 409, use http.StatusConflict`
	_, _ = httpmock.NewXmlResponse(500, nil)                                        // want `bare HTTP status code 500, use http.StatusInternalServerError`
	_ = httpmock.NewStringResponse(1000, "")                                        // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	const teapot = 418
	_ = httpmock.NewStringResponder(teapot, "short and stout") // ok: named constant
}
