package ginapp

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHelpers(t *testing.T) {
	rec := httptest.NewRecorder()
	c, _ := gin.CreateTestContext(rec)
	c.Request = httptest.NewRequest(http.MethodGet, "/", nil)
	Helpers(c)
	assert.Equal(t, 200, rec.Code)
	assert.Equalf(t, rec.Code, 200, "code %d", rec.Code)
	assert.NotEqual(t, 500, rec.Code)
	assert.NotEqualf(t, 500, rec.Code, "x")
	assert.EqualValues(t, 200, rec.Result().StatusCode)
	assert.EqualValuesf(t, 200, rec.Code, "x")
	assert.NotEqualValues(t, 500, rec.Code)
	assert.NotEqualValuesf(t, 500, rec.Code, "x")
	assert.Exactly(t, 200, rec.Code)
	assert.Exactlyf(t, 200, rec.Code, "x")
	assert.HTTPStatusCode(t, handler, "GET", "/", nil, 200)
	assert.HTTPStatusCodef(t, handler, "GET", "/", nil, 200, "x")
	assert.Equal(t, 200, c.Writer.Status())
	assert.Equal(t, 3, len(rec.Body.String())) // not a status value

	r := require.New(t)
	r.Equal(200, rec.Code)
	r.Equalf(200, rec.Code, "x")
	r.NotEqual(500, rec.Code)
	r.NotEqualf(500, rec.Code, "x")
	r.EqualValues(200, rec.Code)
	r.EqualValuesf(200, rec.Code, "x")
	r.NotEqualValues(500, rec.Code)
	r.NotEqualValuesf(500, rec.Code, "x")
	r.Exactly(200, rec.Code)
	r.Exactlyf(200, rec.Code, "x")
	r.HTTPStatusCode(handler, "GET", "/", nil, 200)
	r.HTTPStatusCodef(handler, "GET", "/", nil, 200, "x")
}

func handler(w http.ResponseWriter, r *http.Request) {}

func TestRequire(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(http.StatusOK)
	require.Equal(t, 200, rec.Code)
	require.Equalf(t, 200, rec.Code, "x")
	require.NotEqual(t, 500, rec.Code)
	require.NotEqualf(t, 500, rec.Code, "x")
	require.EqualValues(t, 200, rec.Code)
	require.EqualValuesf(t, 200, rec.Code, "x")
	require.NotEqualValues(t, 500, rec.Code)
	require.NotEqualValuesf(t, 500, rec.Code, "x")
	require.Exactly(t, 200, rec.Code)
	require.Exactlyf(t, 200, rec.Code, "x")
	require.HTTPStatusCode(t, handler, "GET", "/", nil, 200)
	require.HTTPStatusCodef(t, handler, "GET", "/", nil, 200, "x")
}
