package shadowlocal

// This file lacks the import and http is taken in both places: one import,
// named nethttp, serves both fixes.
func noImport(s interface{ Writer() writer }) {
	http := s.Writer()
	http.WriteHeader(409) // want `bare HTTP status code 409, use nethttp.StatusConflict`
	if http != nil {
		http.WriteHeader(410) // want `bare HTTP status code 410, use nethttp.StatusGone`
	}
}
