package shadowimport

import nh "net/http"

func Get() *nh.Response { return nil }
