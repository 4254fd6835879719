package noimportgroup

func ok() bool {
	return Get().StatusCode != 204 // want `bare HTTP status code 204, use http.StatusNoContent`
}
