// Package ut is a stub of github.com/cloudwego/hertz/pkg/common/ut v0.10.4.
package ut

import "github.com/cloudwego/hertz/pkg/protocol"

// ResponseRecorder records handler's response for later test.
type ResponseRecorder struct {
	Code    int
	Flushed bool
}

func NewRecorder() *ResponseRecorder                    { return nil }
func (rw *ResponseRecorder) WriteHeader(code int)       {}
func (rw *ResponseRecorder) Result() *protocol.Response { return nil }
