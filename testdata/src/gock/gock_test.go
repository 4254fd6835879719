package gock

import (
	"testing"

	"github.com/h2non/gock"
)

// This file imports only gock: the fixes add "net/http". Reply and Status
// keep their code in Response.StatusCode, a status field.
func TestMocks(t *testing.T) {
	gock.New("http://example.com").Get("/items").Reply(200).JSON(map[string]string{"id": "1"}) // want `bare HTTP status code 200, use http.StatusOK`
	gock.New("http://example.com").Get("/missing").Reply(404)                                  // want `bare HTTP status code 404, use http.StatusNotFound`
	gock.NewResponse().Status(503).BodyString("down")                                          // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
	gock.New("http://example.com").Get("/made").ReplyFunc(func(r *gock.Response) {
		r.StatusCode = 201 // want `bare HTTP status code 201, use http.StatusCreated`
	})
	_ = gock.Response{StatusCode: 204}                    // want `bare HTTP status code 204, use http.StatusNoContent`
	gock.New("http://example.com").Get("/real").Reply(0)  // ok: 0 leaves the status unset, for requests that reach the network
	gock.New("http://example.com").Get("/twice").Times(2) // ok: a count, not a status code
	const accepted = 202
	gock.New("http://example.com").Get("/later").Reply(accepted) // ok: named constant
	if gock.NewResponse().StatusCode == 0 {                      // ok: 0 checks for "unset"
		t.Log("no status yet")
	}
}
