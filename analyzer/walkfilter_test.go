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

// TestWalkFuncs covers -funcs entries, which resolve looks up among the
// packages it keeps from the import graph.
func TestWalkFuncs(t *testing.T) {
	cfg := analyzer.DefaultConfig()
	cfg.Funcs = []string{"walkfuncs.send:1", "walkfuncs.api.Fail:1"}
	a, err := analyzer.NewWithConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, a, "walkfuncs")
}
