// Package semconv is a stub of go.opentelemetry.io/otel/semconv/v1.12.0
// (module go.opentelemetry.io/otel v1.40.0).
package semconv

import (
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
)

func HTTPAttributesFromHTTPStatusCode(code int) []attribute.KeyValue { return nil }
func SpanStatusFromHTTPStatusCode(code int) (codes.Code, string)     { return 0, "" }
