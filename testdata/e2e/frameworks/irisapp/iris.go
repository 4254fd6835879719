// Package irisapp uses every iris status position statuslint knows,
// against the real iris. It imports no net/http.
package irisapp

import (
	"errors"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/context"
)

func Handler(ctx iris.Context) {
	ctx.StatusCode(201)
	ctx.StopWithStatus(401)
	_ = ctx.StopWithJSON(200, nil)
	ctx.StopWithText(403, "no %s", "entry")
	ctx.StopWithError(400, errors.New("bad"))
	ctx.StopWithPlainError(500, errors.New("boom"))
	_ = ctx.StopWithProblem(422, iris.NewProblem())
	_ = iris.NewProblem().Status(409)
	ctx.Render(200, nil)
	ctx.Redirect("/login", 303)
	ctx.Redirect("/")             // no status: the default
	ctx.Redirect("/", 0)          // 0 keeps the current status
	ctx.Redirect("/", -1)         // so does a negative status
	ctx.StatusCode(iris.StatusOK) // iris's own constant
	_ = context.StatusText(404)
}

func StatusValue(ctx iris.Context) bool {
	if ctx.GetStatusCode() == 404 {
		return false
	}
	return ctx.ResponseWriter().StatusCode() != 500
}
