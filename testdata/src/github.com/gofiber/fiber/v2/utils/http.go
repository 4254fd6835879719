// Package utils is a stub of github.com/gofiber/fiber/v2/utils v2.52.15.
package utils

func StatusMessage(status int) string { return "" }
