// Package hdr imports net/http for a type and names none of its status
// positions: go vet's tool skips it.
package hdr

import (
	"net/http"
	"sort"
)

// Keys returns the sorted keys of h.
func Keys(h http.Header) []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
