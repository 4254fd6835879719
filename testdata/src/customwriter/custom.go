package customwriter

import "net/http"

// loggingWriter embeds a ResponseWriter: its WriteHeader is promoted.
type loggingWriter struct {
	http.ResponseWriter
}

// statusWriter defines its own WriteHeader.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (s *statusWriter) WriteHeader(code int) { // want WriteHeader:"status arg 0"
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

// counter is not a ResponseWriter: its WriteHeader is something else.
type counter struct{ n int }

func (c *counter) WriteHeader(n int) { c.n = n }

func handler(w http.ResponseWriter) {
	lw := loggingWriter{w}
	lw.WriteHeader(404) // want `bare HTTP status code 404, use http.StatusNotFound`
	sw := statusWriter{ResponseWriter: w}
	sw.WriteHeader(409) // want `bare HTTP status code 409, use http.StatusConflict`
	var c counter
	c.WriteHeader(404) // ok: counter is not an http.ResponseWriter
}
