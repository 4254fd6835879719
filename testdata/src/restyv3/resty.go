// Package restyv3 exercises resty v3's response status. This file imports
// only resty: the fixes add "net/http".
package restyv3

import "resty.dev/v3"

func fetch(c *resty.Client) (bool, error) {
	resp, err := c.R().Get("https://example.com/")
	if err != nil {
		return false, err
	}
	if resp.StatusCode() == 404 { // want `bare HTTP status code 404, use http.StatusNotFound`
		return false, nil
	}
	if resp.RawResponse.StatusCode != 200 { // want `bare HTTP status code 200, use http.StatusOK`
		return false, nil
	}
	switch resp.StatusCode() {
	case 429, 503: // want `bare HTTP status code 429, use http.StatusTooManyRequests` `bare HTTP status code 503, use http.StatusServiceUnavailable`
		return false, nil
	}
	_ = resp.Status() == "200 OK"  // ok: a string, not a status code
	_ = resp.StatusCode() > 299    // ok: a class check, not a status
	_ = resp.StatusCode()/100 == 2 // ok: arithmetic, a class check
	return resp.IsStatusSuccess(), nil
}
