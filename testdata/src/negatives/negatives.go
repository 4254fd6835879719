package negatives

import (
	"net/http"
	"strconv"
	"time"
)

func unrelated(resp *http.Response) {
	_ = make([]byte, 404)            // ok: not a status position
	time.Sleep(500)                  // ok: not a status position
	_ = strconv.Itoa(404)            // ok: not a status position
	_ = resp.StatusCode < 600       // ok: a bound with no registered name
	_ = resp.StatusCode-400 == 4     // ok: arithmetic
	var http = struct{ Error func(int) }{func(int) {}}
	http.Error(500) // ok: a local variable named http, not net/http
}
