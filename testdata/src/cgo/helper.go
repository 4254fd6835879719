package cgo

import (
	"net/http"
	"net/http/httptest"
)

// w is declared here so that cgo.go imports nothing but "C".
var w http.ResponseWriter = httptest.NewRecorder()
