package rangesstatus

import "net/http"

// status is a local name in this file: the import is added as httpstatus,
// the one name of every fix in the file.
func shadowed(resp *http.Response) bool {
	status := resp.Status
	_ = status
	return resp.StatusCode < 200 || resp.StatusCode >= 300 // want `2xx class check with bare HTTP status codes, use !httpstatus.IsSuccess`
}
