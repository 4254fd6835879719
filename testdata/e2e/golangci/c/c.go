// Package c does not import net/http: the fix must add the import.
package c

import (
	"net/http/httptest"

	"example.com/e2e/a"
)

// Created records a response through the wrapper in package a.
func Created() int {
	rec := httptest.NewRecorder()
	a.Respond(rec, 201) // want: bare HTTP status code 201, fix adds "net/http"
	return rec.Code
}
