package web

import . "net/http"

func dotted(w ResponseWriter, r *Request) {
	Redirect(w, r, "/", 302)
	Error(w, "teapot", 418)
}
