package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is the top-level fixture tree shared by all tests.
var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

func TestFixtures(t *testing.T) {
	for _, dir := range []string{
		"basic",
	} {
		t.Run(dir, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata, analyzer.New(), dir)
		})
	}
}
