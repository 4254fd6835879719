// Package otel checks OpenTelemetry's semantic conventions: the attribute
// constructors keep a status code, SpanStatusFromHTTPStatusCode looks one up.
package otel

import (
	semconv12 "go.opentelemetry.io/otel/semconv/v1.12.0"
	semconv21 "go.opentelemetry.io/otel/semconv/v1.21.0"
	"go.opentelemetry.io/otel/semconv/v1.26.0"
)

func attributes(code int) { // want attributes:"status arg 0 \\(stored\\)"
	_ = semconv12.HTTPAttributesFromHTTPStatusCode(500) // want `bare HTTP status code 500, use http.StatusInternalServerError`
	_, _ = semconv12.SpanStatusFromHTTPStatusCode(404)  // want `bare HTTP status code 404, use http.StatusNotFound`
	_ = semconv21.HTTPStatusCode(200)                   // want `bare HTTP status code 200, use http.StatusOK`
	_ = semconv21.HTTPResponseStatusCode(201)           // want `bare HTTP status code 201, use http.StatusCreated`
	_ = semconv.HTTPResponseStatusCode(503)             // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
	_ = semconv.HTTPResponseStatusCode(0)               // ok: kept, not sent; 0 is "unset"
	_, _ = semconv12.SpanStatusFromHTTPStatusCode(1000) // ok: a lookup of an unknown code
	_ = semconv.HTTPResponseStatusCode(code)            // ok: a variable
}
