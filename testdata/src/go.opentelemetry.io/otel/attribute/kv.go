// Package attribute is a stub of go.opentelemetry.io/otel/attribute v1.40.0.
package attribute

type KeyValue struct{}
