package echoapp

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"
	"github.com/stretchr/testify/suite"
)

type echoSuite struct {
	suite.Suite
}

func (s *echoSuite) TestNoContent() {
	e := echo.New()
	rec := httptest.NewRecorder()
	c := e.NewContext(httptest.NewRequest(http.MethodGet, "/", nil), rec)
	s.Require().NoError(c.NoContent(http.StatusNoContent))
	s.Equal(204, rec.Code)
	s.Require().Equal(204, c.Response().Status)
}

func TestEcho(t *testing.T) { suite.Run(t, new(echoSuite)) }
