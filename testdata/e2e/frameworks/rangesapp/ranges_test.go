package rangesapp

import (
	"net/http/httptest"
	"testing"

	"github.com/gofiber/fiber/v2/utils"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHelpers(t *testing.T) {
	rec := httptest.NewRecorder()
	utils.AssertEqual(t, 200, rec.Code)
	if !cmp.Equal(rec.Code, 204) {
		t.Log(cmp.Diff(204, rec.Code))
	}
	assert.GreaterOrEqual(t, rec.Code, 400)
	assert.Lessf(t, rec.Code, 500, "not a server error")
	require.Less(t, rec.Code, 300)
	assert.New(t).Greater(rec.Code, 404)
	assert.True(t, rec.Code >= 400 && rec.Code < 500)
}
