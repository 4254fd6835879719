// Package table declares a test case type whose Want field is compared
// with a recorder's code: a status slot, which its fact describes.
package table

import "net/http/httptest"

// Case is one test case.
type Case struct {
	Path string
	Want int
}

// Check reports whether rec answered c as expected.
func Check(rec *httptest.ResponseRecorder, c Case) bool { return rec.Code == c.Want }
