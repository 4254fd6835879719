package analyzer_test

import (
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestSelfPackage checks fixes inside the package that declares the
// constants: they are written unqualified, never by importing the package
// into itself. The sweep of the standard library found this in net/http.
func TestSelfPackage(t *testing.T) {
	cfg := analyzer.DefaultConfig()
	cfg.Constants = analyzer.ConstantsStatus
	a, err := analyzer.NewWithConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, a, "github.com/statuslint/statuslint/status")
}
