// Package apitest is tested in apitest_test.go, which exercises apitest's
// expected and mocked statuses.
package apitest

import "net/http"

func Handler(w http.ResponseWriter, r *http.Request) {}
