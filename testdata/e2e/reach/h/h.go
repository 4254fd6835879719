// Package h hands out g's senders. It names no status position, so go vet's
// tool skips it, yet it must pass on the fact that g's method is a wrapper:
// its importers may call the method without importing g.
package h

import "example.com/reach/g"

// NewSender returns a sender.
func NewSender() g.Sender { return g.Sender{} }
