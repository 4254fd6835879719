package analyzer_test

import (
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFrameworks checks the web frameworks' and test libraries' status
// positions against stubs of their APIs under testdata/src/github.com
// (and testdata/src/resty.dev); cmd/statuslint's TestFrameworksEndToEnd
// checks the same positions against the real modules, which catches
// drift of the stubs.
func TestFrameworks(t *testing.T) {
	t.Parallel()
	// One run for all: each run loads net/http from source, which
	// dominates the time.
	analysistest.RunWithSuggestedFixes(t, testdata, analyzer.New(),
		"gin",
		"echo",
		"echov5",
		"fiber",
		"fiberv3",
		"hertz",
		"iris",
		"gozero",
		"chi",
		"testify",
		"resty",
		"restyv3",
		"huma",
		"gomega",
		"gock",
		"apitest",
		"httpmock",
		"gocmp",
		"otel",
	)
}
