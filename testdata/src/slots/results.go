package slots

import (
	"errors"
	"net/http"
)

// statusFor's result is sent: every literal it returns is a status code.
func statusFor(err error) int {
	if err == nil {
		return 200 // want `bare HTTP status code 200, use http.StatusOK`
	}
	return 500 // want `bare HTTP status code 500, use http.StatusInternalServerError`
}

func respondErr(w http.ResponseWriter, err error) {
	w.WriteHeader(statusFor(err))
}

// handle's first result is sent by its caller.
func handle(r *http.Request) (int, error) {
	if r == nil {
		return 400, errors.New("no request") // want `bare HTTP status code 400, use http.StatusBadRequest`
	}
	return 204, nil // want `bare HTTP status code 204, use http.StatusNoContent`
}

func serve(w http.ResponseWriter, r *http.Request) {
	code, err := handle(r)
	if err != nil {
		http.Error(w, err.Error(), code)
		return
	}
	w.WriteHeader(code)
}

// A named result is returned by a bare return.
func named(ok bool) (code int) {
	code = 301 // want `bare HTTP status code 301, use http.StatusMovedPermanently`
	if ok {
		code = 0 // ok: 0 is a sentinel in a slot
	}
	return
}

func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", named(true))
}

// appHandler's result is sent by its ServeHTTP: every function and func
// literal of that type has its returns checked.
type appHandler func(http.ResponseWriter, *http.Request) (int, error) // want appHandler:"result 0 becomes status"

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code, err := fn(w, r)
	if err != nil {
		http.Error(w, err.Error(), code)
	}
}

func index(w http.ResponseWriter, r *http.Request) (int, error) {
	return 418, nil // want `bare HTTP status code 418, use http.StatusTeapot`
}

var routes = map[string]appHandler{
	"/":     index,
	"/gone": func(http.ResponseWriter, *http.Request) (int, error) { return 410, nil }, // want `bare HTTP status code 410, use http.StatusGone`
}

var legal http.Handler = appHandler(func(w http.ResponseWriter, r *http.Request) (int, error) {
	return 451, nil // want `bare HTTP status code 451, use http.StatusUnavailableForLegalReasons`
})

// count's result is a number of items, never a status.
func count(items []string) int {
	if len(items) > 100 {
		return 100 // ok: not a status slot
	}
	return len(items)
}
