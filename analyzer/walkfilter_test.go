package analyzer_test

import (
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestWalkFilter covers the walk's name test for parameters, which decides
// before any type lookup whether an expression can matter.
func TestWalkFilter(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, analyzer.New(), "walkfilter")
}
