// Package rangesstatus checks range and class checks where fixes write
// our status package's constants (-constants=status) in a file that does
// not import it yet: every fix adds the same import.
package rangesstatus

import "net/http"

func check(resp *http.Response) bool {
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 { // want `2xx class check with bare HTTP status codes, use status.IsSuccess`
		return true
	}
	if resp.StatusCode/100 == 5 { // want `5xx class check by arithmetic on a status code, use status.IsServerError`
		return false
	}
	return resp.StatusCode < 400 // want `bare HTTP status code 400 in a range check \(below 4xx\), use status.BadRequest`
}
