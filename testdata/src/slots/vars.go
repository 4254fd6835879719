package slots

import (
	"net/http"
	"strconv"
	"time"
)

// Local and package variables whose values reach a status position.
func locals(w http.ResponseWriter, failed bool) {
	code := 201 // want `bare HTTP status code 201, use http.StatusCreated`
	if failed {
		code = 500 // want `bare HTTP status code 500, use http.StatusInternalServerError`
	}
	w.WriteHeader(code)

	var accepted = 202 // want `bare HTTP status code 202, use http.StatusAccepted`
	http.Error(w, "accepted", accepted)

	copied := 418 // want `bare HTTP status code 418, use http.StatusTeapot`
	again := copied
	w.WriteHeader(again)

	var unset int
	unset = 0 // ok: 0 is a sentinel in a slot
	w.WriteHeader(unset)

	big := 1000 // ok: in a slot, a code outside 100-999 is not reported
	w.WriteHeader(big)

	odd := 499 // want `HTTP status code 499 has no registered name; declare a named constant`
	w.WriteHeader(odd)
}

var defaultCode = 503 // want `bare HTTP status code 503, use http.StatusServiceUnavailable`

func packageVariable(w http.ResponseWriter) {
	w.WriteHeader(defaultCode)
}

// Values that touch a status but do not become one.
func negatives(w http.ResponseWriter, body []byte) {
	retries := 404
	_ = strconv.Itoa(retries) // ok: Itoa does not take a status

	n := 500
	time.Sleep(time.Duration(n)) // ok: a conversion, not a status

	count := 200 // ok: incremented below, so not followed
	count++
	w.WriteHeader(count)

	size := 300 // ok: changed by an op-assignment below
	size += 10
	w.WriteHeader(size)

	escaped := 404 // ok: its address escapes
	p := &escaped
	_ = p
	w.WriteHeader(escaped)

	doubled := 200 // ok: changed by arithmetic below
	doubled = doubled * 2
	w.WriteHeader(doubled)

	const notFound = 404
	named := notFound // ok: a named constant
	w.WriteHeader(named)

	if len(body) == 200 { // ok: a length, not a status
		return
	}
	port := 8080
	limit := 100
	if port > limit { // ok: ordering of ints that are no status
		return
	}
}
