package shadowpkg

func check() bool {
	return Get().StatusCode == 409 // want `bare HTTP status code 409, use nethttp.StatusConflict`
}
