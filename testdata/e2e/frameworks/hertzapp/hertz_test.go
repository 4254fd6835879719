package hertzapp

import (
	"testing"

	"github.com/cloudwego/hertz/pkg/common/ut"
	"github.com/cloudwego/hertz/pkg/route"
)

func TestHandler(t *testing.T) {
	r := route.NewEngine(nil)
	w := ut.PerformRequest(r, "GET", "/", nil)
	if w.Code != 200 {
		t.Errorf("code %d", w.Code)
	}
	if w.Result().StatusCode() == 500 {
		t.Error("server error")
	}
	rec := ut.NewRecorder()
	rec.WriteHeader(201)
}
