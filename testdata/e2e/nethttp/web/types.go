package web

import "net/http"

type handlerSet struct {
	w http.ResponseWriter
}

func get(c *http.Client, url string) (bool, error) {
	resp, err := c.Get(url)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case 200, 203:
		return true, nil
	}
	return resp.StatusCode == 304, nil
}
