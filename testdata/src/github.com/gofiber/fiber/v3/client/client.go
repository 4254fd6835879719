// Package client is a stub of github.com/gofiber/fiber/v3/client v3.1.0.
package client

// Response is the result of a request.
type Response struct{}

func (r *Response) StatusCode() int { return 0 }
func (r *Response) Status() string  { return "" }
