package gomega

import (
	"net/http/httptest"
	"testing"

	. "github.com/onsi/gomega"
)

// This file imports no net/http and gomega with a dot, as Ginkgo suites do:
// the fixes add "net/http" to the standard group.
func TestDot(t *testing.T) {
	RegisterTestingT(t)
	rec := httptest.NewRecorder()
	resp := rec.Result()
	Expect(rec.Code).To(Equal(200))                               // want `bare HTTP status code 200, use http.StatusOK`
	Expect(rec.Code).ToNot(Equal(500))                            // want `bare HTTP status code 500, use http.StatusInternalServerError`
	Expect(rec.Code).NotTo(Equal(502))                            // want `bare HTTP status code 502, use http.StatusBadGateway`
	Ω(rec.Code).Should(Equal(201))                                // want `bare HTTP status code 201, use http.StatusCreated`
	Ω(rec.Code).ShouldNot(BeEquivalentTo(404))                    // want `bare HTTP status code 404, use http.StatusNotFound`
	Expect(resp.StatusCode).To(BeNumerically("==", 204))          // want `bare HTTP status code 204, use http.StatusNoContent`
	Expect(rec.Code).To(BeIdenticalTo(202))                       // want `bare HTTP status code 202, use http.StatusAccepted`
	ExpectWithOffset(1, rec.Code).To(Equal(301))                  // want `bare HTTP status code 301, use http.StatusMovedPermanently`
	Expect(rec.Code, nil).To(Equal(302))                          // want `bare HTTP status code 302, use http.StatusFound`
	Expect(307).To(Equal(resp.StatusCode))                        // want `bare HTTP status code 307, use http.StatusTemporaryRedirect`
	Expect((rec.Code)).To((Equal((308))))                         // want `bare HTTP status code 308, use http.StatusPermanentRedirect`
	Expect(rec).To(HaveHTTPStatus(200))                           // want `bare HTTP status code 200, use http.StatusOK`
	Expect(resp).Should(HaveHTTPStatus(200, 204))                 // want `bare HTTP status code 200, use http.StatusOK` `bare HTTP status code 204, use http.StatusNoContent`
	Expect(resp).To(HaveHTTPStatus("404 Not Found", 404))         // want `bare HTTP status code 404, use http.StatusNotFound`
	Expect(rec.Code).To(BeNumerically(">=", 500)) // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
	Expect(rec.Code).To(BeNumerically("<", 300))            // want `bare HTTP status code 300 in a range check \(below 3xx\), use http.StatusMultipleChoices`
	Expect(resp.StatusCode).ToNot(BeNumerically(">", 404))  // want `bare HTTP status code 404 in a range check, use http.StatusNotFound`
	Expect(rec.Code).Should(BeNumerically("<=", 299))       // ok: a bound with no registered name
	Expect(rec.Body.Len()).To(BeNumerically(">=", 400))     // ok: the actual is not a status value
	Expect(rec.Code).To(BeNumerically("~", 200, 99))              // ok: an approximate range, a class
	Expect(len(rec.Body.String())).To(Equal(200))                 // ok: the actual is not a status value
	Expect(rec.Body.Len()).To(BeNumerically("==", 404))           // ok: the actual is not a status value
	Expect(rec.Code).To(Equal(499))                               // want `HTTP status code 499 has no registered name; declare a named constant`
	Expect(rec).To(HaveHTTPStatus(499))                           // want `HTTP status code 499 has no registered name; declare a named constant`
	Expect(rec.Code).To(Equal(0))                                 // ok: 0 checks for "unset"
	Expect(rec.Code).NotTo(HaveLen(3))                            // ok: a length, not a status code
	Eventually(func() int { return rec.Code }).Should(Equal(200)) // ok: an async assertion's actual is a function
	const created = 201
	Expect(rec.Code).To(Equal(created)) // ok: named constant
	want := 200 // want `bare HTTP status code 200, use http.StatusOK`
	Expect(rec.Code).To(Equal(want)) // the variable becomes a status
	matcher := Equal(200)            // ok: no actual yet
	Expect(rec.Code).To(matcher)
}
