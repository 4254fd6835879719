package shadowpkg

import nh "net/http"

var http = "a package-level variable"

func Get() *nh.Response { return nil }
