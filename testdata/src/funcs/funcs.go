package funcs

import "funcs/api"

func run(c *api.Client) {
	api.Fail(404)          // want `bare HTTP status code 404, use http.StatusNotFound`
	c.Expect("/", 200)     // want `bare HTTP status code 200, use http.StatusOK`
	c.Expect("/", 1)       // want `invalid HTTP status code 1: net/http panics on codes outside 100-999`
}
