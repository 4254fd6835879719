// Package resty is a stub of resty.dev/v3 v3.0.0-rc.4: only the
// declarations statuslint's fixtures use, with their real signatures.
package resty

import "net/http"

type Client struct{}

func New() *Client { return nil }

func (c *Client) R() *Request { return nil }

type Request struct{}

func (r *Request) Get(url string) (*Response, error) { return nil, nil }

type Response struct {
	Request     *Request
	RawResponse *http.Response
}

func (r *Response) Status() string        { return "" }
func (r *Response) StatusCode() int       { return 0 }
func (r *Response) IsStatusSuccess() bool { return false }
