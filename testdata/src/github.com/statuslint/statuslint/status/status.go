// Package status is a stub of github.com/statuslint/statuslint/status for fixtures.
package status

const (
	Continue            = 100
	OK                  = 200
	MultipleChoices     = 300
	BadRequest          = 400
	NotFound            = 404
	ContentTooLarge     = 413
	InternalServerError = 500
)

func IsInformational(code int) bool { return 100 <= code && code <= 199 }
func IsSuccess(code int) bool       { return 200 <= code && code <= 299 }
func IsRedirect(code int) bool      { return 300 <= code && code <= 399 }
func IsClientError(code int) bool   { return 400 <= code && code <= 499 }
func IsServerError(code int) bool   { return 500 <= code && code <= 599 }
