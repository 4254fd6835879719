// Package gockapp mocks HTTP with gock, against the real gock. It imports
// no net/http: -fix adds it.
package gockapp

import (
	"testing"

	"github.com/h2non/gock"
)

func TestMocks(t *testing.T) {
	defer gock.Off()
	gock.New("http://example.com").Get("/items").Reply(200).JSON(map[string]string{"id": "1"})
	gock.New("http://example.com").Get("/made").ReplyFunc(func(r *gock.Response) {
		r.Status(201)
		r.StatusCode = 201
	})
	gock.New("http://example.com").Get("/twice").Times(2).Reply(204)
}
