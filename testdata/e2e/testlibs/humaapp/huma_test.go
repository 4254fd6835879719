package humaapp

import (
	"testing"

	"github.com/danielgtaylor/huma/v2/humatest"
)

func TestPut(t *testing.T) {
	_, api := humatest.New(t)
	Register(api)
	resp := api.Put("/items/1", map[string]any{})
	if resp.Code != 201 {
		t.Fatalf("got %d", resp.Code)
	}
}
