// Package c wraps b's writers. It does not import net/http: its status
// positions come through b's types.
package c

import "example.com/reach/b"

// Reply writes code through a type of b that embeds http.ResponseWriter.
func Reply(w *b.Writer, code int) { w.WriteHeader(code) }

// Stream writes code through an interface of b.
func Stream(w b.Flusher, code int) {
	w.WriteHeader(code)
	w.Flush()
}

// Replier is a method wrapper.
type Replier struct{}

// Reply writes code through Reply.
func (Replier) Reply(w *b.Writer, code int) { Reply(w, code) }
