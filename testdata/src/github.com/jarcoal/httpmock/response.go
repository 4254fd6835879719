// Package httpmock is a stub of github.com/jarcoal/httpmock v1.4.2: only the
// declarations statuslint's fixtures use, with their real signatures. The
// responder constructors keep the real bodies' shape: the status reaches
// http.Response's StatusCode, so wrapper facts find every one of them.
package httpmock

import (
	"fmt"
	"net/http"
)

type Responder func(*http.Request) (*http.Response, error)

func ResponderFromResponse(resp *http.Response) Responder {
	return func(*http.Request) (*http.Response, error) { return resp, nil }
}

func RegisterResponder(method, url string, responder Responder) {}

func NewStringResponse(status int, body string) *http.Response {
	return &http.Response{
		Status:     fmt.Sprintf("%03d %s", status, http.StatusText(status)),
		StatusCode: status,
	}
}

func NewStringResponder(status int, body string) Responder {
	return ResponderFromResponse(NewStringResponse(status, body))
}

func NewBytesResponse(status int, body []byte) *http.Response {
	return &http.Response{
		Status:     fmt.Sprintf("%03d %s", status, http.StatusText(status)),
		StatusCode: status,
	}
}

func NewBytesResponder(status int, body []byte) Responder {
	return ResponderFromResponse(NewBytesResponse(status, body))
}

func NewJsonResponse(status int, body any) (*http.Response, error) { //nolint: revive,staticcheck
	response := NewBytesResponse(status, nil)
	response.Header.Set("Content-Type", "application/json")
	return response, nil
}

func NewJsonResponseOrPanic(status int, body any) *http.Response { //nolint: revive,staticcheck
	response, err := NewJsonResponse(status, body)
	if err != nil {
		panic(err)
	}
	return response
}

func NewJsonResponder(status int, body any) (Responder, error) { //nolint: revive,staticcheck
	resp, err := NewJsonResponse(status, body)
	if err != nil {
		return nil, err
	}
	return ResponderFromResponse(resp), nil
}

func NewJsonResponderOrPanic(status int, body any) Responder { //nolint: revive,staticcheck
	responder, err := NewJsonResponder(status, body)
	if err != nil {
		panic(err)
	}
	return responder
}

func NewXmlResponse(status int, body any) (*http.Response, error) { //nolint: revive,staticcheck
	response := NewBytesResponse(status, nil)
	response.Header.Set("Content-Type", "application/xml")
	return response, nil
}

func NewXmlResponder(status int, body any) (Responder, error) { //nolint: revive,staticcheck
	resp, err := NewXmlResponse(status, body)
	if err != nil {
		return nil, err
	}
	return ResponderFromResponse(resp), nil
}

func NewXmlResponderOrPanic(status int, body any) Responder { //nolint: revive,staticcheck
	responder, err := NewXmlResponder(status, body)
	if err != nil {
		panic(err)
	}
	return responder
}
