module example.com/reach

go 1.26

require github.com/valyala/fasthttp v1.51.0

replace github.com/valyala/fasthttp v1.51.0 => ./fasthttp
