package recorder

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(201) // want `bare HTTP status code 201, use http.StatusCreated`
	if rec.Code != 201 { // want `bare HTTP status code 201, use http.StatusCreated`
		t.Errorf("got %d", rec.Code)
	}
	res := rec.Result()
	if res.StatusCode != 200 { // want `bare HTTP status code 200, use http.StatusOK`
		t.Fatal(res.Status)
	}
	var w http.ResponseWriter = rec
	w.WriteHeader(202) // want `bare HTTP status code 202, use http.StatusAccepted`
	// The recorder's WriteHeader panics on codes outside 100-999, as every
	// ResponseWriter's may, though its own body only stores the code.
	rec.WriteHeader(0) // want `invalid HTTP status code 0: net/http panics on codes outside 100-999`
}
