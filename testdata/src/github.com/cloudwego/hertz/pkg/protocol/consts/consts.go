// Package consts is a stub of github.com/cloudwego/hertz/pkg/protocol/consts v0.10.4.
package consts

const (
	StatusOK       = 200
	StatusNotFound = 404
)
