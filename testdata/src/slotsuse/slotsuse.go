package slotsuse

import (
	"net/http"

	"slotslib"
)

var scenarios = []slotslib.Scenario{
	{"/", 200}, // want `bare HTTP status code 200, use http.StatusOK`
	{Path: "/x", ExpectedStatus: 404}, // want `bare HTTP status code 404, use http.StatusNotFound`
}

func index(w http.ResponseWriter, r *http.Request) (int, error) {
	return 201, nil // want `bare HTTP status code 201, use http.StatusCreated`
}

var handler http.Handler = slotslib.Handler(index)

func check(resp *http.Response) bool {
	if slotslib.StatusOf(resp) == 500 { // want `bare HTTP status code 500, use http.StatusInternalServerError`
		return false
	}
	return slotslib.Do(resp).Code != 502 // want `bare HTTP status code 502, use http.StatusBadGateway`
}
