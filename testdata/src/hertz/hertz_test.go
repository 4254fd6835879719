package hertz

import (
	"testing"

	"github.com/cloudwego/hertz/pkg/common/ut"
)

func TestRecorder(t *testing.T) {
	w := ut.NewRecorder()
	w.WriteHeader(201) // want `bare HTTP status code 201, use http.StatusCreated`
	if w.Code != 201 { // want `bare HTTP status code 201, use http.StatusCreated`
		t.Errorf("code %d", w.Code)
	}
	if w.Result().StatusCode() == 500 { // want `bare HTTP status code 500, use http.StatusInternalServerError`
		t.Error("server error")
	}
	_ = w.Code > 299 // ok: a class check
}
