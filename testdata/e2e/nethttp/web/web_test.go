package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestShadowed(t *testing.T) {
	rec := httptest.NewRecorder()
	shadowed(rec, httptest.NewRequest(http.MethodGet, "/?http=1", nil))
	if rec.Code != 204 {
		t.Fatalf("got %d", rec.Code)
	}
}
