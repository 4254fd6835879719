package gomegaapp

import (
	"net/http/httptest"
	"testing"

	. "github.com/onsi/gomega"
	"github.com/onsi/gomega/ghttp"
)

// This file imports no net/http: -fix adds it.
func TestDot(t *testing.T) {
	RegisterTestingT(t)
	rec := httptest.NewRecorder()
	Handler(rec, httptest.NewRequest("GET", "/", nil))
	resp := rec.Result()
	Expect(rec.Code).To(Equal(201))
	Expect(rec.Code).ToNot(Equal(500))
	Expect(rec.Code).NotTo(Equal(502))
	Ω(rec.Code).Should(BeEquivalentTo(201))
	Ω(resp.StatusCode).ShouldNot(BeIdenticalTo(404))
	Expect(resp.StatusCode).To(BeNumerically("==", 201))
	ExpectWithOffset(0, rec.Code).To(Equal(201))
	Expect(rec).To(HaveHTTPStatus(201))
	Expect(resp).Should(HaveHTTPStatus(200, 201))
	Expect(rec.Code).To(BeNumerically(">=", 200))
	Expect(rec.Body.Len()).To(Equal(0))
	Expect(rec.Code).NotTo(Equal(499)) // nginx's "client closed request": no name, no fix
}

func TestWithT(t *testing.T) {
	g := NewWithT(t)
	rec := httptest.NewRecorder()
	Handler(rec, httptest.NewRequest("GET", "/", nil))
	g.Expect(rec.Code).To(Equal(201))
	g.Ω(rec.Code).ShouldNot(Equal(204))
	g.ExpectWithOffset(0, rec.Code).To(Equal(201))
	var gi Gomega = g
	gi.Expect(rec.Code).To(Equal(201))
	expectStatus(g, rec, 201)

	server := ghttp.NewServer()
	defer server.Close()
	server.AppendHandlers(ghttp.RespondWith(200, "ok"), ghttp.RespondWithJSONEncoded(202, map[string]string{}))
}

func expectStatus(g Gomega, rec *httptest.ResponseRecorder, code int) {
	g.Expect(rec.Code).To(Equal(code))
}
