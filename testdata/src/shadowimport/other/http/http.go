// Package http is not net/http.
package http

const Note = "not net/http"
