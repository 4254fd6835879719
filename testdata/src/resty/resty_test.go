package resty

import (
	"testing"

	"github.com/go-resty/resty/v2"
	"github.com/stretchr/testify/assert"
)

func TestFetch(t *testing.T) {
	resp, _ := resty.New().R().Get("http://localhost/")
	assert.Equal(t, 200, resp.StatusCode()) // want `bare HTTP status code 200, use http.StatusOK`
}
