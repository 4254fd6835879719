package web

// shadowed takes its writer from a variable named http, in a file that
// does not import net/http: the fixes import it once, as nethttp.
func shadowed(h handlerSet, query map[string]string) {
	http := h.w
	if query["http"] == "" {
		http.WriteHeader(400)
		return
	}
	http.WriteHeader(204)
}
