package testify

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Ordering assertions on status values are range checks: e1 > e2 for
// Greater(t, e1, e2), and so on.
func TestOrdering(t *testing.T) {
	rec := httptest.NewRecorder()
	assert.GreaterOrEqual(t, rec.Code, 500)                   // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
	assert.Less(t, rec.Code, 300)                             // want `bare HTTP status code 300 in a range check \(below 3xx\), use http.StatusMultipleChoices`
	assert.LessOrEqualf(t, 400, rec.Code, "x")                // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
	assert.Greaterf(t, 200, rec.Code, "x")                    // want `bare HTTP status code 200 in a range check \(below 2xx\), use http.StatusOK`
	require.Greater(t, rec.Code, 404)                         // want `bare HTTP status code 404 in a range check, use http.StatusNotFound`
	require.LessOrEqual(t, rec.Code, 204)                     // want `bare HTTP status code 204 in a range check, use http.StatusNoContent`
	assert.New(t).GreaterOrEqual(rec.Code, 400)               // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
	require.New(t).Lessf(rec.Code, 500, "x")                  // want `bare HTTP status code 500 in a range check \(below 5xx\), use http.StatusInternalServerError`
	assert.True(t, rec.Code >= 200 && rec.Code < 300)         // want `2xx class check with bare HTTP status codes, use http.StatusOK and http.StatusMultipleChoices`
	assert.Greater(t, rec.Code, 399)                          // ok: a bound with no registered name
	assert.Less(t, rec.Code, 600)                             // ok: a bound with no registered name
	assert.Greater(t, rec.Body.Len(), 200)                    // ok: a length, not a status value
	assert.GreaterOrEqual(t, rec.Code, http.StatusBadRequest) // ok: named constant
	assert.Greater(t, rec.Code, 0)                            // ok: 0 checks for "set"
}
