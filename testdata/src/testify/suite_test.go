package testify

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/suite"
)

type handlerSuite struct {
	suite.Suite
}

// Suite methods are assert's *Assertions methods, reached through the
// embedded field, and require's through s.Require().
func (s *handlerSuite) TestStatus(t *testing.T) {
	rec := httptest.NewRecorder()
	s.Equal(200, rec.Code)                          // want `bare HTTP status code 200, use http.StatusOK`
	s.Require().Equal(404, rec.Code)                // want `bare HTTP status code 404, use http.StatusNotFound`
	s.Assert().NotEqual(rec.Code, 500)              // want `bare HTTP status code 500, use http.StatusInternalServerError`
	s.Equal(http.StatusOK, rec.Code)                // ok: net/http's constant
	s.HTTPStatusCode(Handler, "GET", "/", nil, 302) // want `bare HTTP status code 302, use http.StatusFound`
}
