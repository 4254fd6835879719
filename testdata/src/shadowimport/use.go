package shadowimport

import "shadowimport/other/http"

func check() bool {
	_ = http.Note
	return Get().StatusCode == 410 // want `bare HTTP status code 410, use nethttp.StatusGone`
}
