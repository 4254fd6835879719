// Package httpmock is tested in httpmock_test.go, which registers mocked
// responses with httpmock.
package httpmock
