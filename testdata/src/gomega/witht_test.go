package gomega

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/onsi/gomega"
)

// This file imports net/http: the fixes use it.
func TestWithT(t *testing.T) {
	g := gomega.NewWithT(t)
	rec := httptest.NewRecorder()
	g.Expect(rec.Code).To(gomega.Equal(200))                 // want `bare HTTP status code 200, use http.StatusOK`
	g.Ω(rec.Code).ShouldNot(gomega.Equal(500))               // want `bare HTTP status code 500, use http.StatusInternalServerError`
	g.ExpectWithOffset(1, rec.Code).To(gomega.Equal(201))    // want `bare HTTP status code 201, use http.StatusCreated`
	g.Expect(rec).To(gomega.HaveHTTPStatus(http.StatusOK))   // ok: net/http's constant
	g.Expect(rec.Code).To(gomega.Equal(http.StatusNotFound)) // ok: net/http's constant
	var gi gomega.Gomega = g
	gi.Expect(rec.Code).To(gomega.BeEquivalentTo(204))    // want `bare HTTP status code 204, use http.StatusNoContent`
	gomega.Default.Expect(rec.Code).To(gomega.Equal(404)) // want `bare HTTP status code 404, use http.StatusNotFound`
	expectStatus(g, rec, 409)                             // want `bare HTTP status code 409, use http.StatusConflict`
	expectHTTPStatus(g, rec, 410)                         // want `bare HTTP status code 410, use http.StatusGone`
}

// expectStatus compares its code with a status value through gomega: a
// wrapper, so its callers' literals are status codes.
func expectStatus(g *gomega.WithT, rec *httptest.ResponseRecorder, code int) { // want expectStatus:"status arg 2"
	g.Expect(rec.Code).To(gomega.Equal(code))
}

// expectHTTPStatus passes its code to HaveHTTPStatus: a wrapper too.
func expectHTTPStatus(g gomega.Gomega, rec *httptest.ResponseRecorder, code int) { // want expectHTTPStatus:"status arg 2"
	g.Expect(rec).To(gomega.HaveHTTPStatus(code))
}
