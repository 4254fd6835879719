package testify

import (
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file imports no net/http: the fixes add it to the standard group.
func TestAssert(t *testing.T) {
	rec := httptest.NewRecorder()
	assert.Equal(t, 200, rec.Code)                                // want `bare HTTP status code 200, use http.StatusOK`
	assert.Equal(t, rec.Code, 200)                                // want `bare HTTP status code 200, use http.StatusOK`
	assert.Equalf(t, 201, rec.Code, "create %d", 1)               // want `bare HTTP status code 201, use http.StatusCreated`
	assert.NotEqual(t, 500, rec.Code)                             // want `bare HTTP status code 500, use http.StatusInternalServerError`
	assert.NotEqualf(t, 500, rec.Code, "x")                       // want `bare HTTP status code 500, use http.StatusInternalServerError`
	assert.EqualValues(t, 404, rec.Result().StatusCode)           // want `bare HTTP status code 404, use http.StatusNotFound`
	assert.EqualValuesf(t, 404, rec.Code, "x")                    // want `bare HTTP status code 404, use http.StatusNotFound`
	assert.NotEqualValues(t, 404, rec.Code)                       // want `bare HTTP status code 404, use http.StatusNotFound`
	assert.NotEqualValuesf(t, 404, rec.Code, "x")                 // want `bare HTTP status code 404, use http.StatusNotFound`
	assert.Exactly(t, 204, rec.Code)                              // want `bare HTTP status code 204, use http.StatusNoContent`
	assert.Exactlyf(t, 204, rec.Code, "x")                        // want `bare HTTP status code 204, use http.StatusNoContent`
	assert.HTTPStatusCode(t, Handler, "GET", "/", nil, 200)       // want `bare HTTP status code 200, use http.StatusOK`
	assert.HTTPStatusCodef(t, Handler, "GET", "/", nil, 200, "x") // want `bare HTTP status code 200, use http.StatusOK`

	a := assert.New(t)
	a.Equal(200, rec.Code)                               // want `bare HTTP status code 200, use http.StatusOK`
	a.Equalf(200, rec.Code, "x")                         // want `bare HTTP status code 200, use http.StatusOK`
	a.NotEqual(rec.Code, 500)                            // want `bare HTTP status code 500, use http.StatusInternalServerError`
	a.NotEqualf(rec.Code, 500, "x")                      // want `bare HTTP status code 500, use http.StatusInternalServerError`
	a.EqualValues(200, rec.Code)                         // want `bare HTTP status code 200, use http.StatusOK`
	a.EqualValuesf(200, rec.Code, "x")                   // want `bare HTTP status code 200, use http.StatusOK`
	a.NotEqualValues(200, rec.Code)                      // want `bare HTTP status code 200, use http.StatusOK`
	a.NotEqualValuesf(200, rec.Code, "x")                // want `bare HTTP status code 200, use http.StatusOK`
	a.Exactly(200, rec.Code)                             // want `bare HTTP status code 200, use http.StatusOK`
	a.Exactlyf(200, rec.Code, "x")                       // want `bare HTTP status code 200, use http.StatusOK`
	a.HTTPStatusCode(Handler, "GET", "/", nil, 200)      // want `bare HTTP status code 200, use http.StatusOK`
	a.HTTPStatusCodef(Handler, "GET", "/", nil, 200, "") // want `bare HTTP status code 200, use http.StatusOK`
}

func TestRequire(t *testing.T) {
	rec := httptest.NewRecorder()
	require.Equal(t, 200, rec.Code)                                // want `bare HTTP status code 200, use http.StatusOK`
	require.Equalf(t, 200, rec.Code, "x")                          // want `bare HTTP status code 200, use http.StatusOK`
	require.NotEqual(t, 500, rec.Code)                             // want `bare HTTP status code 500, use http.StatusInternalServerError`
	require.NotEqualf(t, 500, rec.Code, "x")                       // want `bare HTTP status code 500, use http.StatusInternalServerError`
	require.EqualValues(t, 200, rec.Code)                          // want `bare HTTP status code 200, use http.StatusOK`
	require.EqualValuesf(t, 200, rec.Code, "x")                    // want `bare HTTP status code 200, use http.StatusOK`
	require.NotEqualValues(t, 200, rec.Code)                       // want `bare HTTP status code 200, use http.StatusOK`
	require.NotEqualValuesf(t, 200, rec.Code, "x")                 // want `bare HTTP status code 200, use http.StatusOK`
	require.Exactly(t, 200, rec.Code)                              // want `bare HTTP status code 200, use http.StatusOK`
	require.Exactlyf(t, 200, rec.Code, "x")                        // want `bare HTTP status code 200, use http.StatusOK`
	require.HTTPStatusCode(t, Handler, "GET", "/", nil, 200)       // want `bare HTTP status code 200, use http.StatusOK`
	require.HTTPStatusCodef(t, Handler, "GET", "/", nil, 200, "x") // want `bare HTTP status code 200, use http.StatusOK`

	r := require.New(t)
	r.Equal(200, rec.Code)                               // want `bare HTTP status code 200, use http.StatusOK`
	r.Equalf(200, rec.Code, "x")                         // want `bare HTTP status code 200, use http.StatusOK`
	r.NotEqual(200, rec.Code)                            // want `bare HTTP status code 200, use http.StatusOK`
	r.NotEqualf(200, rec.Code, "x")                      // want `bare HTTP status code 200, use http.StatusOK`
	r.EqualValues(200, rec.Code)                         // want `bare HTTP status code 200, use http.StatusOK`
	r.EqualValuesf(200, rec.Code, "x")                   // want `bare HTTP status code 200, use http.StatusOK`
	r.NotEqualValues(200, rec.Code)                      // want `bare HTTP status code 200, use http.StatusOK`
	r.NotEqualValuesf(200, rec.Code, "x")                // want `bare HTTP status code 200, use http.StatusOK`
	r.Exactly(200, rec.Code)                             // want `bare HTTP status code 200, use http.StatusOK`
	r.Exactlyf(200, rec.Code, "x")                       // want `bare HTTP status code 200, use http.StatusOK`
	r.HTTPStatusCode(Handler, "GET", "/", nil, 200)      // want `bare HTTP status code 200, use http.StatusOK`
	r.HTTPStatusCodef(Handler, "GET", "/", nil, 200, "") // want `bare HTTP status code 200, use http.StatusOK`
}

func TestNegatives(t *testing.T) {
	rec := httptest.NewRecorder()
	body := rec.Body.String()
	assert.Equal(t, 200, len(body))          // ok: not compared with a status value
	assert.Equal(t, 200, 200)                // ok: neither side is a status value
	assert.Len(t, body, 200)                 // ok: not a status position
	assert.Contains(t, []int{200}, rec.Code) // ok: not an equality assertion
	assert.Equal(t, 0, rec.Code)             // ok: 0 means no status yet
	want := 200 // want `bare HTTP status code 200, use http.StatusOK`
	assert.Equal(t, want, rec.Code) // ok: a variable
}
