package shadowall

func check(http, nethttp int) bool {
	return Get().StatusCode == 404 && http == nethttp // want `bare HTTP status code 404, use http.StatusNotFound`
}
