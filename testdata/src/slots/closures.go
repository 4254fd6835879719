package slots

import "net/http"

// A closure in a local variable whose parameter is sent.
func closures(w http.ResponseWriter, ok bool) {
	reply := func(code int) { w.WriteHeader(code) }
	if ok {
		reply(304) // want `bare HTTP status code 304, use http.StatusNotModified`
		return
	}
	reply(1000) // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	log := func(n int) { _ = n }
	log(404) // ok: the closure's parameter is no status
}

// replyWith returns a handler that sends the code it captured.
func replyWith(code int) http.HandlerFunc { // want replyWith:"status arg 0"
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

var gone = replyWith(410) // want `bare HTTP status code 410, use http.StatusGone`

// respondWith passes its code on beside variadic arguments spread from a
// slice, as gomega's ghttp.RespondWith does.
func respondWith(code int, body string, headers ...string) http.HandlerFunc { // want respondWith:"status arg 0"
	return replyAll(code, body, headers...)
}

func replyAll(code int, body string, headers ...string) http.HandlerFunc { // want replyAll:"status arg 0"
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}

var spread = respondWith(202, "ok") // want `bare HTTP status code 202, use http.StatusAccepted`
