// Package httpmockapp mocks HTTP with httpmock, against the real httpmock:
// every responder constructor comes through wrapper facts. It imports
// net/http: -fix uses it.
package httpmockapp

import (
	"net/http"
	"testing"

	"github.com/jarcoal/httpmock"
)

func TestResponders(t *testing.T) {
	httpmock.Activate(t)
	httpmock.RegisterResponder("GET", "/a", httpmock.NewStringResponder(200, "ok"))
	httpmock.RegisterResponder("GET", "/b", httpmock.NewBytesResponder(202, nil))
	httpmock.RegisterResponder("GET", "/c", httpmock.NewJsonResponderOrPanic(201, nil))
	httpmock.RegisterResponder("GET", "/d", httpmock.NewXmlResponderOrPanic(409, nil))
	json, _ := httpmock.NewJsonResponder(400, nil)
	xml, _ := httpmock.NewXmlResponder(404, nil)
	httpmock.RegisterResponder("GET", "/e", json)
	httpmock.RegisterResponder("GET", "/f", xml)
	_ = httpmock.ResponderFromMultipleResponses([]*http.Response{
		httpmock.NewStringResponse(500, ""),
		httpmock.NewBytesResponse(502, nil),
		httpmock.NewJsonResponseOrPanic(503, nil),
	})
	r1, _ := httpmock.NewJsonResponse(504, nil)
	r2, _ := httpmock.NewXmlResponse(206, nil)
	_, _ = r1, r2
}
