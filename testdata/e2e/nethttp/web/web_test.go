package web

import (
	"net/http/httptest"
	"testing"
)

func TestShadowed(t *testing.T) {
	rec := httptest.NewRecorder()
	shadowed(handlerSet{w: rec}, map[string]string{"http": "1"})
	if rec.Code != 204 {
		t.Fatalf("got %d", rec.Code)
	}
}
