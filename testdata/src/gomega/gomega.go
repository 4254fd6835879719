// Package gomega is tested in its _test files, which exercise gomega's
// matchers on status values.
package gomega

import "net/http"

func Handler(w http.ResponseWriter, r *http.Request) {}
