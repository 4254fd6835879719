package analyzer_test

import (
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFrameworks checks the web frameworks' and test libraries' status
// positions against stubs of their APIs under testdata/src/github.com;
// cmd/statuslint's TestFrameworksEndToEnd checks the same positions
// against the real modules, which catches drift of the stubs.
func TestFrameworks(t *testing.T) {
	for _, dir := range []string{
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
	} {
		t.Run(dir, func(t *testing.T) {
			t.Parallel() // each subtest has its own analyzer
			analysistest.RunWithSuggestedFixes(t, testdata, analyzer.New(), dir)
		})
	}
}
