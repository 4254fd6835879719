package slots

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Test tables: fields compared with a status value, keyed or positional.
func TestTable(t *testing.T) {
	tests := []struct {
		name string
		path string
		want int
	}{
		{"found", "/", 200},                        // want `bare HTTP status code 200, use http.StatusOK`
		{name: "missing", path: "/x", want: 404},   // want `bare HTTP status code 404, use http.StatusNotFound`
		{name: "unset", path: "/y", want: 0},       // ok: 0 is a sentinel
		{name: "odd", path: "/z", want: 1000},      // ok: in a slot, outside 100-999 is not reported
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		if rec.Code != tt.want {
			t.Errorf("got %d, want %d", rec.Code, tt.want)
		}
	}
}

func TestTestify(t *testing.T) {
	for _, tt := range []struct {
		path       string
		wantStatus int
		wantLen    int
	}{
		{"/", 204, 100}, // want `bare HTTP status code 204, use http.StatusNoContent`
	} {
		resp := &http.Response{}
		assert.Equal(t, tt.wantStatus, resp.StatusCode)
		assert.Equal(t, tt.wantLen, int(resp.ContentLength)) // ok: wantLen is a length
	}
}
