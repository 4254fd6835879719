// Package hdr imports net/http for a type and names none of its status
// positions, only a method that shares a name with one of its functions:
// go vet's tool skips it. A comment naming one would count: the scan does
// not tell comments from code.
package hdr

import (
	"net/http"
	"sort"
)

// Keys returns the sorted keys of h, or err's text.
func Keys(h http.Header, err error) []string {
	if err != nil {
		return []string{err.Error()}
	}
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
