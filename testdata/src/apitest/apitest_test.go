package apitest

import (
	"testing"

	"github.com/steinfletcher/apitest"
)

// This file imports only apitest: the fixes add "net/http". Both Status
// methods keep the code in an unexported field, so no wrapper fact finds
// them: the sink table names them.
func TestAPI(t *testing.T) {
	mock := apitest.NewMock().Get("http://example.com/user").RespondWith().Body(`{}`).Status(503).End() // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
	result := apitest.New().
		Mocks(mock).
		HandlerFunc(Handler).
		Get("/user").
		Expect(t).
		Status(502). // want `bare HTTP status code 502, use http.StatusBadGateway`
		End()
	if result.Response.StatusCode != 502 { // want `bare HTTP status code 502, use http.StatusBadGateway`
		t.Fatal("not a bad gateway")
	}
	apitest.New().HandlerFunc(Handler).Get("/any").Expect(t).Status(0).End() // ok: 0, the default, checks no status
	const ok = 200
	apitest.New().HandlerFunc(Handler).Get("/").Expect(t).Status(ok).End()        // ok: named constant
	apitest.New("name").HandlerFunc(Handler).Get("/").Expect(t).Body(`200`).End() // ok: a body, not a status
}
