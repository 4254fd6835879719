// Package resty is a stub of github.com/go-resty/resty/v2 v2.17.2: only the
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

func (r *Response) Status() string  { return "" }
func (r *Response) StatusCode() int { return 0 }
func (r *Response) IsSuccess() bool { return false }
