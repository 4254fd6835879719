package restyv3

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"resty.dev/v3"
)

func TestFetch(t *testing.T) {
	resp, _ := resty.New().R().Get("http://localhost/")
	assert.Equal(t, 200, resp.StatusCode()) // want `bare HTTP status code 200, use http.StatusOK`
}
