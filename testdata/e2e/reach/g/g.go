// Package g declares a method wrapper over b's writer.
package g

import "example.com/reach/b"

// Sender sends codes.
type Sender struct{}

// Send writes code through b's writer.
func (Sender) Send(w *b.Writer, code int) { w.WriteHeader(code) }
