// Package huma exercises huma's status positions. This file imports only
// huma: the fixes add "net/http".
package huma

import (
	"context"

	"github.com/danielgtaylor/huma/v2"
)

type item struct{ ID string }

func register(api huma.API) {
	huma.Register(api, huma.Operation{Method: "POST", Path: "/items", DefaultStatus: 201}, create) // want `bare HTTP status code 201, use http.StatusCreated`
	op := huma.Operation{Method: "DELETE", Path: "/items/{id}"}
	op.DefaultStatus = 204 // want `bare HTTP status code 204, use http.StatusNoContent`
	huma.Register(api, op, create)
	huma.Register(api, huma.Operation{MaxBodyBytes: 1024}, create) // ok: not a status field
}

// NewError and NewErrorWithContext are package-level variables of func
// type: their calls have no *types.Func callee.
func create(ctx context.Context, in *item) (*item, error) {
	if in.ID == "" {
		return nil, huma.NewError(422, "id is required") // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
	}
	if in.ID == "teapot" {
		return nil, huma.NewError(0, "no") // ok: stored in the error, not sent; huma builds one so for its schema
	}
	const gone = 410
	if in.ID == "gone" {
		return nil, huma.NewError(gone, "gone") // ok: named constant
	}
	code := 409 // want `bare HTTP status code 409, use http.StatusConflict`
	if in.ID == "dup" {
		return nil, huma.NewError(code, "conflict") // ok: variable
	}
	return nil, huma.Error404NotFound("no such item") // ok: no status argument
}

func middleware(api huma.API, ctx huma.Context, next func(huma.Context)) {
	if ctx.Header("X-Deprecated") != "" {
		ctx.SetStatus(410) // want `bare HTTP status code 410, use http.StatusGone`
		return
	}
	if ctx.Header("Authorization") == "" {
		_ = huma.WriteErr(api, ctx, 401, "unauthorized") // want `bare HTTP status code 401, use http.StatusUnauthorized`
		return
	}
	if ctx.Header("X-Conflict") != "" {
		_ = huma.NewErrorWithContext(ctx, 409, "conflict") // want `bare HTTP status code 409, use http.StatusConflict`
		return
	}
	next(ctx)
	if ctx.Status() == 304 { // want `bare HTTP status code 304, use http.StatusNotModified`
		return
	}
	_ = ctx.Status() >= 500 // want `bare HTTP status code 500 in a range check \(5xx and above\), use http.StatusInternalServerError`
}

// fail passes its code to huma.NewError unchanged: it is a wrapper, and
// its callers' literals are status codes.
func fail(code int, msg string) error { // want fail:"status arg 0"
	return huma.NewError(code, msg)
}

func useFail() error {
	return fail(503, "down") // want `bare HTTP status code 503, use http.StatusServiceUnavailable`
}

// A local function value that happens to be named like huma's is not huma's.
func local() error {
	NewError := func(status int, msg string) error { return nil }
	return NewError(404, "no") // ok: a local function value, not huma.NewError
}

// Programs replace huma.NewError with their own constructor: an assignment
// to the variable, not a call.
func init() {
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		return &huma.ErrorModel{Status: status, Detail: msg}
	}
}

func errorModel(err huma.StatusError) bool {
	_ = &huma.ErrorModel{Status: 400, Detail: "bad"} // want `bare HTTP status code 400, use http.StatusBadRequest`
	return err.GetStatus() == 404                    // want `bare HTTP status code 404, use http.StatusNotFound`
}
