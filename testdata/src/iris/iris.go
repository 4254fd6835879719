// Package iris exercises iris's status positions on iris.Context, an
// alias of *context.Context. This file imports only iris: the fixes add
// "net/http".
package iris

import (
	"errors"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/context"
)

func handler(ctx iris.Context) {
	ctx.StatusCode(201)                             // want `bare HTTP status code 201, use http.StatusCreated`
	ctx.StopWithStatus(401)                         // want `bare HTTP status code 401, use http.StatusUnauthorized`
	_ = ctx.StopWithJSON(200, nil)                  // want `bare HTTP status code 200, use http.StatusOK`
	ctx.StopWithText(403, "no %s", "entry")         // want `bare HTTP status code 403, use http.StatusForbidden`
	ctx.StopWithError(400, errors.New("bad"))       // want `bare HTTP status code 400, use http.StatusBadRequest`
	ctx.StopWithPlainError(500, errors.New("boom")) // want `bare HTTP status code 500, use http.StatusInternalServerError`
	_ = ctx.StopWithProblem(422, iris.NewProblem()) // want `bare HTTP status code 422, use http.StatusUnprocessableEntity`
	_ = iris.NewProblem().Status(409)               // want `bare HTTP status code 409, use http.StatusConflict`
	ctx.Render(200, nil)                            // want `bare HTTP status code 200, use http.StatusOK`
	ctx.Redirect("/login", 303)                     // want `bare HTTP status code 303, use http.StatusSeeOther`
	_ = context.StatusText(404)                     // want `bare HTTP status code 404, use http.StatusNotFound`
	ctx.StatusCode(0)                               // want `invalid HTTP status code 0: net/http panics on codes outside 100-999`
}

func statusValues(ctx *context.Context) bool {
	if ctx.GetStatusCode() == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return false
	}
	return ctx.ResponseWriter().StatusCode() != 500 // want `bare HTTP status code 500, use http.StatusInternalServerError`
}

// code is a variable: its value is not known here.
var code = 404 // want `bare HTTP status code 404, use http.StatusNotFound`

func negatives(ctx iris.Context) bool {
	ctx.StatusCode(iris.StatusOK)     // ok: iris's own constant
	ctx.Redirect("/")                 // ok: no status: the one set before, or 302
	ctx.Redirect("/", 0)              // ok: iris reads a status <= 0 as "keep the one set before"
	ctx.Redirect("/", -1)             // ok: iris reads a status <= 0 as "keep the one set before"
	ctx.StopWithStatus(code)          // ok: a variable
	_ = context.StatusText(1000)      // ok: a lookup of an unknown code, which returns ""
	return ctx.GetStatusCode() >= 400 // want `bare HTTP status code 400 in a range check \(4xx and above\), use http.StatusBadRequest`
}
