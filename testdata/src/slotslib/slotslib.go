// Package slotslib declares status slots for slotsuse: a test scenario's
// field compared with a status, a function whose result holds one, a
// named func type whose result is sent, a struct field that holds one.
package slotslib

import (
	"net/http"
	"net/http/httptest"
)

type Scenario struct {
	Path           string
	ExpectedStatus int // want ExpectedStatus:"value becomes status \\(compared\\)"
}

// Run is a shared scenario runner.
func Run(h http.Handler, scenarios []Scenario) bool {
	for _, s := range scenarios {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", s.Path, nil))
		if rec.Code != s.ExpectedStatus {
			return false
		}
	}
	return true
}

func StatusOf(resp *http.Response) int { // want StatusOf:"result 0 holds status"
	return resp.StatusCode
}

type Handler func(http.ResponseWriter, *http.Request) (int, error) // want Handler:"result 0 becomes status"

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code, _ := h(w, r)
	w.WriteHeader(code)
}

type Result struct {
	Code int // want Code:"value holds status"
}

func Do(resp *http.Response) Result {
	return Result{Code: resp.StatusCode}
}
