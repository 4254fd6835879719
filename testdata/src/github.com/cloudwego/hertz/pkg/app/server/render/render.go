// Package render is a stub of github.com/cloudwego/hertz/pkg/app/server/render v0.10.4.
package render

import "github.com/cloudwego/hertz/pkg/protocol"

// Render interface is to be implemented by JSON, XML, HTML, YAML and so on.
type Render interface {
	Render(resp *protocol.Response) error
	WriteContentType(resp *protocol.Response)
}
