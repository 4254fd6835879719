package web

import (
	"fmt"
	nethttp "net/http"

	"example.com/e2e/api"
)

func aliased(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method != nethttp.MethodGet {
		api.Error(w, 405, "method")
		return
	}
	fmt.Fprintln(w, "ok")
	w.WriteHeader(200)
}
