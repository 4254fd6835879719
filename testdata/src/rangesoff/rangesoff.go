// Package rangesoff runs with -range=false: no range or class check is
// reported, and equality comparisons still are.
package rangesoff

import "net/http"

func check(resp *http.Response) bool {
	_ = resp.StatusCode >= 400                          // ok: -range=false
	_ = resp.StatusCode >= 200 && resp.StatusCode < 300 // ok: -range=false
	_ = resp.StatusCode/100 == 2                        // ok: -range=false
	return resp.StatusCode == 404                       // want `bare HTTP status code 404, use http.StatusNotFound`
}
