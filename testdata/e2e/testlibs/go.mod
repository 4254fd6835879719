// A throwaway module for the end-to-end check: statuslint runs on it
// against the real test libraries and huma.
module example.com/e2etestlibs

go 1.25.0

require (
	github.com/danielgtaylor/huma/v2 v2.37.2
	github.com/h2non/gock v1.2.0
	github.com/jarcoal/httpmock v1.4.2
	github.com/onsi/gomega v1.44.0
	github.com/steinfletcher/apitest v1.5.11
	resty.dev/v3 v3.0.0-rc.4
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/h2non/parth v0.0.0-20190131123155-b4df798d6542 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/net v0.56.0 // indirect
	golang.org/x/text v0.38.0 // indirect
	google.golang.org/protobuf v1.36.11 // indirect
)
