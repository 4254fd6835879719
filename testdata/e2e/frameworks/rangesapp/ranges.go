// Package rangesapp uses range and class checks on status values and the
// comparison helpers of issue 20 against the real modules: OpenTelemetry's
// semantic conventions here, fiber's utils.AssertEqual, go-cmp and
// testify's ordering assertions in ranges_test.go.
package rangesapp

import (
	"net/http"

	semconv12 "go.opentelemetry.io/otel/semconv/v1.12.0"
	semconv21 "go.opentelemetry.io/otel/semconv/v1.21.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

func Check(resp *http.Response, err error) bool {
	if resp.StatusCode >= 500 {
		return false
	}
	code := resp.StatusCode
	if code < 200 || code >= 300 {
		return false
	}
	return err == nil && resp.StatusCode >= 200 && resp.StatusCode <= 299
}

func Attributes() {
	_ = semconv12.HTTPAttributesFromHTTPStatusCode(500)
	_, _ = semconv12.SpanStatusFromHTTPStatusCode(404)
	_ = semconv21.HTTPStatusCode(200)
	_ = semconv21.HTTPResponseStatusCode(201)
	_ = semconv.HTTPResponseStatusCode(503)
}
