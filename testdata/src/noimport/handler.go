package noimport

import (
	"fmt"
	"strings"
)

func handle(s Server) {
	s.Writer().WriteHeader(404) // want `bare HTTP status code 404, use http.StatusNotFound`
	s.Writer().WriteHeader(500) // want `bare HTTP status code 500, use http.StatusInternalServerError`
	fmt.Println(strings.ToUpper("x"))
}

func check() bool {
	resp, _ := Get()
	return resp.StatusCode == 200 // want `bare HTTP status code 200, use http.StatusOK`
}
