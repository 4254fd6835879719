// Package testify is tested in testify_test.go, which exercises testify's
// assertions on status values.
package testify

import "net/http"

func Handler(w http.ResponseWriter, r *http.Request) {}
