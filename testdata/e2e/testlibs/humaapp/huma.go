// Package humaapp serves an API with huma, against the real huma. It
// imports no net/http: -fix adds it.
package humaapp

import (
	"context"

	"github.com/danielgtaylor/huma/v2"
)

type ItemInput struct {
	ID string `path:"id"`
}

type ItemOutput struct {
	Body struct{ ID string }
}

func Register(api huma.API) {
	huma.Register(api, huma.Operation{Method: "PUT", Path: "/items/{id}", DefaultStatus: 201}, Put)
	api.UseMiddleware(Deprecated(api))
}

func Put(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	switch in.ID {
	case "":
		return nil, huma.NewError(422, "id is required")
	case "teapot":
		return nil, Fail(418, "short and stout")
	}
	return &ItemOutput{}, nil
}

func Deprecated(api huma.API) func(huma.Context, func(huma.Context)) {
	return func(ctx huma.Context, next func(huma.Context)) {
		switch ctx.Header("X-Version") {
		case "1":
			ctx.SetStatus(410)
			return
		case "2":
			_ = huma.WriteErr(api, ctx, 400, "version 2 is gone")
			return
		case "3":
			err := huma.NewErrorWithContext(ctx, 451, "version 3 is banned")
			_ = huma.WriteErr(api, ctx, err.GetStatus(), err.Error())
			return
		}
		next(ctx)
		if ctx.Status() == 304 {
			ctx.SetHeader("X-Cached", "yes")
		}
	}
}

// Fail is a wrapper of huma.NewErrorWithContext: its callers' literals are
// status codes.
func Fail(code int, msg string) error {
	return huma.NewErrorWithContext(nil, code, msg)
}

func IsNotFound(err error) bool {
	se, ok := err.(huma.StatusError)
	return ok && se.GetStatus() == 404
}

func Problem(detail string) *huma.ErrorModel {
	return &huma.ErrorModel{Status: 409, Detail: detail}
}
