// Package gomegaapp is tested with gomega, against the real gomega.
package gomegaapp

import "net/http"

func Handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}
