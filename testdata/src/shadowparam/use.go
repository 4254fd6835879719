package shadowparam

func check(http int) bool {
	return Get().StatusCode == 404 || http > 0 // want `bare HTTP status code 404, use nethttp.StatusNotFound`
}
