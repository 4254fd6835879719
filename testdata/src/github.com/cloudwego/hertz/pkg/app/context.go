// Package app is a stub of github.com/cloudwego/hertz/pkg/app v0.10.4:
// only the declarations statuslint's fixtures use, with their real
// signatures.
package app

import (
	"github.com/cloudwego/hertz/pkg/app/server/render"
	"github.com/cloudwego/hertz/pkg/common/errors"
	"github.com/cloudwego/hertz/pkg/protocol"
)

// RequestContext represents a request-response context (abridged).
type RequestContext struct {
	Response protocol.Response
}

func (ctx *RequestContext) String(code int, format string, values ...interface{}) {}
func (ctx *RequestContext) SetStatusCode(statusCode int)                          {}
func (ctx *RequestContext) Redirect(statusCode int, uri []byte)                   {}
func (ctx *RequestContext) AbortWithStatus(code int)                              {}
func (ctx *RequestContext) AbortWithMsg(msg string, statusCode int)               {}
func (ctx *RequestContext) AbortWithStatusJSON(code int, jsonObj interface{})     {}
func (ctx *RequestContext) Render(code int, r render.Render)                      {}
func (ctx *RequestContext) ProtoBuf(code int, obj interface{})                    {}
func (ctx *RequestContext) JSON(code int, obj interface{})                        {}
func (ctx *RequestContext) PureJSON(code int, obj interface{})                    {}
func (ctx *RequestContext) IndentedJSON(code int, obj interface{})                {}
func (ctx *RequestContext) HTML(code int, name string, obj interface{})           {}
func (ctx *RequestContext) Data(code int, contentType string, data []byte)        {}
func (ctx *RequestContext) XML(code int, obj interface{})                         {}
func (ctx *RequestContext) AbortWithError(code int, err error) *errors.Error      { return nil }
func (ctx *RequestContext) Status(code int)                                       {}
func (ctx *RequestContext) Query(key string) string                               { return "" }
