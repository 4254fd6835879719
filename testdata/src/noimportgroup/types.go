package noimportgroup

import "net/http"

func Get() *http.Response { return nil }
