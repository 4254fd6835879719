// Package apitestapp tests a handler with apitest, against the real
// apitest. It imports net/http: -fix uses it.
package apitestapp

import (
	"net/http"
	"testing"

	"github.com/steinfletcher/apitest"
)

func TestUser(t *testing.T) {
	mock := apitest.NewMock().Get("http://example.com/user").RespondWith().Body(`{}`).Status(200).End()
	apitest.New().
		Mocks(mock).
		HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) }).
		Get("/user").
		Expect(t).
		Status(202).
		End()
}
