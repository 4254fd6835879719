// Package huma is a stub of github.com/danielgtaylor/huma/v2 v2.37.2: only
// the declarations statuslint's fixtures use, with their real signatures.
package huma

import (
	"context"
	"io"
	"net/http"
)

// API is huma's API interface, trimmed to one method.
type API interface {
	Marshal(w io.Writer, contentType string, v any) error
}

// Context is huma's request/response context, trimmed.
type Context interface {
	Operation() *Operation
	Context() context.Context
	SetStatus(code int)
	Status() int
	Header(name string) string
	SetHeader(name, value string)
	BodyWriter() io.Writer
}

type Operation struct {
	Method        string `yaml:"-"`
	Path          string `yaml:"-"`
	DefaultStatus int    `yaml:"-"`
	MaxBodyBytes  int64  `yaml:"-"`
	Errors        []int  `yaml:"-"`
	OperationID   string `yaml:"operationId,omitempty"`
}

type ErrorModel struct {
	Type   string `json:"type,omitempty"`
	Title  string `json:"title,omitempty"`
	Status int    `json:"status,omitempty"`
	Detail string `json:"detail,omitempty"`
}

func (e *ErrorModel) Error() string  { return e.Detail }
func (e *ErrorModel) GetStatus() int { return e.Status }

type StatusError interface {
	GetStatus() int
	Error() string
}

// NewError and NewErrorWithContext are variables so that programs can
// replace them with their own error type: calls go through the variables.
var NewError = func(status int, msg string, errs ...error) StatusError {
	return &ErrorModel{Status: status, Detail: msg}
}

var NewErrorWithContext = func(_ Context, status int, msg string, errs ...error) StatusError {
	return NewError(status, msg, errs...)
}

func WriteErr(api API, ctx Context, status int, msg string, errs ...error) error {
	var err = NewErrorWithContext(ctx, status, msg, errs...)
	status = err.GetStatus()
	ctx.SetStatus(status)
	return nil
}

func Error404NotFound(msg string, errs ...error) StatusError {
	return NewError(http.StatusNotFound, msg, errs...)
}

func Register[I, O any](api API, op Operation, handler func(context.Context, *I) (*O, error)) {}
