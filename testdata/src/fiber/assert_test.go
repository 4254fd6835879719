package fiber

import (
	"net/http"
	"testing"

	"github.com/gofiber/fiber/v2/utils"
)

// fiber's own test helper compares its expected and actual values, as
// fiber's documentation tests a handler: utils.AssertEqual(t, 200, resp.StatusCode).
func TestAssertEqual(t *testing.T) {
	var resp *http.Response
	utils.AssertEqual(t, 200, resp.StatusCode)                         // want `bare HTTP status code 200, use http.StatusOK`
	utils.AssertEqual(t, resp.StatusCode, 404, "missing")              // want `bare HTTP status code 404, use http.StatusNotFound`
	utils.AssertEqual(t, 200, len("body"))                             // ok: a length, not a status value
	utils.AssertEqual(t, http.StatusOK, resp.StatusCode, "named code") // ok: named constant
}
