// Package gocmp checks go-cmp's Equal and Diff, which compare their first
// two arguments.
package gocmp

import (
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCmp(t *testing.T) {
	rec := httptest.NewRecorder()
	if !cmp.Equal(rec.Code, 204) { // want `bare HTTP status code 204, use http.StatusNoContent`
		t.Fail()
	}
	if diff := cmp.Diff(200, rec.Code); diff != "" { // want `bare HTTP status code 200, use http.StatusOK`
		t.Error(diff)
	}
	_ = cmp.Equal(200, len("body"))    // ok: a length, not a status value
	_ = cmp.Equal(rec.Code, rec.Code)  // ok: no literal
	_ = cmp.Equal(rec.Body.Len(), 404) // ok: a size, not a status value
}
