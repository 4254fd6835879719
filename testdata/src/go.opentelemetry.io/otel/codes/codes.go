// Package codes is a stub of go.opentelemetry.io/otel/codes v1.40.0.
package codes

type Code uint32
