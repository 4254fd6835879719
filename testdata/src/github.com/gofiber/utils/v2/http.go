// Package utils is a stub of github.com/gofiber/utils/v2 v2.0.2.
package utils

func StatusMessage(status int) string { return "" }
