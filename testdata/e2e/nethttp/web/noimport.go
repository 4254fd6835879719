package web

import "example.com/e2e/api"

// In this file net/http is not imported: fixes add it once.
func missing(h handlerSet) {
	api.Error(h.w, 404, "missing")
	api.JSON(h.w, 201, nil)
}
