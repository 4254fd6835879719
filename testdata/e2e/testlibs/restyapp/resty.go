// Package restyapp reads resty v3's response status, against the real
// resty v3. It imports no net/http: -fix adds it.
package restyapp

import "resty.dev/v3"

func Fetch(c *resty.Client) (bool, error) {
	resp, err := c.R().Get("https://example.com/")
	if err != nil {
		return false, err
	}
	switch resp.StatusCode() {
	case 429, 503:
		return false, nil
	}
	return resp.StatusCode() == 200 && resp.RawResponse.StatusCode != 204, nil
}
