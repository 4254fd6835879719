package web

import "net/http"

func shadowed(w http.ResponseWriter, r *http.Request) {
	http := r.URL.Query().Get("http")
	if http == "" {
		w.WriteHeader(400)
		return
	}
	w.WriteHeader(204)
}
