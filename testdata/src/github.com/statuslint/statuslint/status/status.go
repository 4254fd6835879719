// Package status is a stub of github.com/statuslint/statuslint/status for fixtures.
package status

const (
	OK              = 200
	NotFound        = 404
	ContentTooLarge = 413
)
