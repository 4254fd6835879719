// Package errors is a stub of github.com/cloudwego/hertz/pkg/common/errors v0.10.4.
package errors

type Error struct {
	Err  error
	Meta interface{}
}

func (msg *Error) Error() string { return msg.Err.Error() }
