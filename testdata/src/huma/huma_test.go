package huma

import (
	"net/http"
	"testing"

	"github.com/danielgtaylor/huma/v2"
	"github.com/stretchr/testify/assert"
)

// This file imports net/http: the fixes use it.
func TestErrors(t *testing.T) {
	err := huma.NewError(http.StatusBadRequest, "bad") // ok: net/http's constant
	assert.Equal(t, 400, err.GetStatus())              // want `bare HTTP status code 400, use http.StatusBadRequest`
	model := &huma.ErrorModel{Status: http.StatusGone} // ok: net/http's constant
	assert.Equal(t, 410, model.GetStatus())            // want `bare HTTP status code 410, use http.StatusGone`
	assert.Equal(t, 410, model.Status)                 // want `bare HTTP status code 410, use http.StatusGone`
	assert.Equal(t, 2, len(model.Detail))              // ok: not a status value
}
