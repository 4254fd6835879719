package slots

import "net/http"

// apiError's Status reaches http.Error: every literal stored into it is a
// status code, keyed, positional or assigned.
type apiError struct {
	Status  int // want Status:"value becomes status"
	Message string
}

func (e apiError) write(w http.ResponseWriter) {
	http.Error(w, e.Message, e.Status)
}

func fields(w http.ResponseWriter) {
	apiError{Status: 404, Message: "missing"}.write(w) // want `bare HTTP status code 404, use http.StatusNotFound`
	apiError{409, "conflict"}.write(w)                 // want `bare HTTP status code 409, use http.StatusConflict`
	var e apiError
	e.Status = 422 // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
	e.write(w)
	p := &apiError{Status: 400} // want `bare HTTP status code 400, use http.StatusBadRequest`
	p.write(w)
}

// appError's Code is an application's own code, never sent or compared
// with a status.
type appError struct {
	Code    int
	Retries int
}

func appErrors() []appError {
	return []appError{{Code: 404, Retries: 3}, {1001, 0}} // ok: a field that is never a status
}
