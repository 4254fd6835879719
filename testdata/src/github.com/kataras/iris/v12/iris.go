// Package iris is a stub of github.com/kataras/iris/v12 v12.2.11.
package iris

import (
	"net/http"

	"github.com/kataras/iris/v12/context"
)

type (
	Context = *context.Context
	Problem = context.Problem
)

var (
	NewProblem = context.NewProblem
	StatusText = context.StatusText
)

const (
	StatusOK       = http.StatusOK
	StatusNotFound = http.StatusNotFound
)
