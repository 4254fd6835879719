// Package semconv is a stub of go.opentelemetry.io/otel/semconv/v1.26.0
// (module go.opentelemetry.io/otel v1.40.0).
package semconv

import "go.opentelemetry.io/otel/attribute"

func HTTPResponseStatusCode(val int) attribute.KeyValue { return attribute.KeyValue{} }
