package chi

import "github.com/go-chi/render"

// This file imports only render: the fix adds "net/http".
func (s *server) accepted() {
	render.Status(s.req, 202) // want `bare HTTP status code 202, use http.StatusAccepted`
}

func (s *server) teapot(set func(int)) {
	set(418) // ok: a function value, not a status position
}
