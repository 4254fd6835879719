package slots

import (
	"net/http"
	"net/http/httptest"
)

// Func values whose integers are unnamed or reached through a call of a
// call: nothing in their syntax names a slot, yet codes travel through
// them.

// serveWith sends what its func-typed parameter returns.
func serveWith(w http.ResponseWriter, status func() int) {
	w.WriteHeader(status())
}

func unavailable(w http.ResponseWriter) {
	// A func literal with an unnamed integer result, passed where a
	// func-typed parameter is taken: its return is sent.
	serveWith(w, func() int { return 503 }) // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
	serveWith(w, func() int { return len("abc") })
}

// probe's result holds a status: its values return a recorder's code.
type probe func() int // want probe:"result 0 holds status"

func recorded(rec *httptest.ResponseRecorder) probe {
	return func() int { return rec.Code }
}

func probed(rec *httptest.ResponseRecorder) {
	// A call of a call, whose callee no name tells: recorded's own result
	// is no integer.
	if recorded(rec)() == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return
	}
}
