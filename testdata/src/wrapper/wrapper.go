package wrapper

import (
	"encoding/json"
	"net/http"
)

func writeJSON(w http.ResponseWriter, code int, v any) { // want writeJSON:"status arg 1"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// A chain of three: fail -> respond -> writeJSON.
func respond(w http.ResponseWriter, status int, msg string) { // want respond:"status arg 1"
	writeJSON(w, status, map[string]string{"message": msg})
}

func fail(w http.ResponseWriter, msg string, code int) { // want fail:"status arg 2"
	respond(w, (code), msg)
}

type server struct{}

func (s *server) reply(w http.ResponseWriter, code int) { // want reply:"status arg 1"
	http.Error(w, http.StatusText(code), code)
}

func send[T any](w http.ResponseWriter, code int, v T) { // want send:"status arg 1"
	writeJSON(w, code, v)
}

func build(code int) *http.Response { // want build:"status arg 0"
	return &http.Response{StatusCode: code}
}

func expect(resp *http.Response, want int) bool { // want expect:"status arg 1"
	return resp.StatusCode == want
}

func handler(w http.ResponseWriter, s *server) {
	writeJSON(w, 404, nil)         // want `bare HTTP status code 404, use http.StatusNotFound`
	respond(w, 400, "bad")         // want `bare HTTP status code 400, use http.StatusBadRequest`
	fail(w, "boom", 500)           // want `bare HTTP status code 500, use http.StatusInternalServerError`
	s.reply(w, 409)                // want `bare HTTP status code 409, use http.StatusConflict`
	send(w, 201, "made")           // want `bare HTTP status code 201, use http.StatusCreated`
	send[int](w, 202, 1)           // want `bare HTTP status code 202, use http.StatusAccepted`
	_ = build(418)                 // want `bare HTTP status code 418, use http.StatusTeapot`
	_ = expect(build(200), 200)    // want `bare HTTP status code 200, use http.StatusOK` `bare HTTP status code 200, use http.StatusOK`
	changed(w, 404, 1)             // want `bare HTTP status code 404, use http.StatusNotFound`
	incremented(w, 404)            // ok: ++ breaks the chain
	shifted(w, 404)                // ok: arithmetic breaks the chain
	compared(w, 404)               // ok: only compared with a non-status value
	addressed(w, 404)              // ok: its address escapes
	writeJSON(w, http.StatusOK, 1) // ok: named constant
}

// A parameter assigned in a branch still reaches WriteHeader as it came
// in the other: the assignment is one more value stored into the slot.
func changed(w http.ResponseWriter, code, retries int) { // want changed:"status arg 1"
	if retries > 0 {
		code = http.StatusServiceUnavailable
	}
	w.WriteHeader(code)
}

func shifted(w http.ResponseWriter, code int) {
	w.WriteHeader(code + 100)
}

func compared(w http.ResponseWriter, code int) {
	limit := 400
	if code == limit {
		w.WriteHeader(http.StatusOK)
	}
}

func addressed(w http.ResponseWriter, code int) {
	p := &code
	*p = 500
	w.WriteHeader(code)
}

func incremented(w http.ResponseWriter, code int) {
	code++
	w.WriteHeader(code)
}
