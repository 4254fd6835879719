// Package walkfilter checks the walk's cheap name test for parameters: every
// way a parameter reaches a status position is still found, and a name that
// only looks like a parameter is not taken for one.
package walkfilter

import "net/http"

func respond(w http.ResponseWriter, code int) { // want respond:"status arg 1"
	w.WriteHeader(code)
}

func isCode(resp *http.Response, code int) bool { // want isCode:"status arg 1"
	return resp.StatusCode == code
}

func response(code int) *http.Response { // want response:"status arg 0"
	return &http.Response{StatusCode: code}
}

func set(resp *http.Response, code int) { // want set:"status arg 1"
	resp.StatusCode = code
}

type server struct{}

func (server) fail(w http.ResponseWriter, msg string, code int) { // want fail:"status arg 2"
	http.Error(w, msg, (code))
}

var declaredBetween = 1

func chain(w http.ResponseWriter, status int) { // want chain:"status arg 1"
	respond(w, status)
}

func changedInClosure(w http.ResponseWriter, code int) {
	func() { code++ }()
	w.WriteHeader(code) // ok: code changes before use
}

func shadowed(w http.ResponseWriter, code int) {
	f := func(code int) { w.WriteHeader(code) } // ok: the literal's own code, not shadowed's
	f(declaredBetween)
	_ = code
}

func calls(w http.ResponseWriter, resp *http.Response, s server) {
	respond(w, 404)            // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = isCode(resp, 200)      // want `bare HTTP status code 200, use http.StatusOK`
	_ = response(201)          // want `bare HTTP status code 201, use http.StatusCreated`
	set(resp, 202)             // want `bare HTTP status code 202, use http.StatusAccepted`
	s.fail(w, "gone", 410)     // want `bare HTTP status code 410, use http.StatusGone`
	chain(w, 503)              // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
	changedInClosure(w, 404)   // ok: not a wrapper
	shadowed(w, 404)           // ok: not a wrapper
	_ = resp.StatusCode == 0+1 // ok: arithmetic, not a literal
}
