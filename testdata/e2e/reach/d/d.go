// Package d wraps c's wrappers: it imports neither net/http nor b's
// embedding directly, only the wrapper facts of c.
package d

import (
	"example.com/reach/b"
	"example.com/reach/c"
)

// Send writes code through c.Reply.
func Send(w *b.Writer, code int) { c.Reply(w, code) }
