// Package gock is tested in gock_test.go, which mocks responses with gock.
package gock
