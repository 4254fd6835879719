package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is the top-level fixture tree shared by all tests.
var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

// newAnalyzer returns a fresh analyzer with flags set, failing the test on a bad flag.
func newAnalyzer(t *testing.T, flags map[string]string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New()
	for name, value := range flags {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatalf("setting -%s=%s: %v", name, value, err)
		}
	}
	return a
}

// TestFixtures runs every fixture directory. Directories that share a
// configuration are analysed in one run: each run loads net/http from
// source (the analyzer uses facts), which dominates the time.
func TestFixtures(t *testing.T) {
	for _, test := range []struct {
		name  string
		dirs  []string
		flags map[string]string
	}{
		{name: "defaults", dirs: []string{
			"basic", "alias", "dotimport", "noimport", "noimportgroup",
			"shadowlocal", "shadowparam", "shadowpkg", "shadowimport", "shadowall",
			"generated", "invalid", "nonstandard", "constants",
			"compare", "assign", "recorder", "customwriter", "negatives",
			"wrapper", "wrapperlib", "wrapperuse", "walkfilter",
			// Codes that travel through slots: variables, fields, results,
			// collections, closures, both ways, and across packages.
			"slots", "slotslib", "slotsuse",
			// //statuslint:ignore: on the line or the line above, with a
			// reason; without one it is itself reported and suppresses
			// nothing, in every file: one with no finding (ignorelone),
			// one in a package that reaches no status position (ignorefast).
			"ignore", "ignorelone", "ignorefast",
		}},
		// Range and class checks (ranges.go): fixes to the bounds' constants
		// where fixes write net/http's, to the helpers where they write
		// our status package's; -range=false turns them all off.
		{name: "ranges", dirs: []string{"ranges", "rangesslots"}},
		{name: "ranges constants=status", dirs: []string{"rangesstatus"}, flags: map[string]string{analyzer.FlagConstants: "status"}},
		{name: "range=false", dirs: []string{"rangesoff"}, flags: map[string]string{analyzer.FlagRange: "false"}},
		{name: "nonstandard=false", dirs: []string{"nonstandardoff"}, flags: map[string]string{analyzer.FlagNonstandard: "false"}},
		{name: "follow=false", dirs: []string{"slotsoff"}, flags: map[string]string{analyzer.FlagFollow: "false"}},
		{name: "allow", dirs: []string{"allow"}, flags: map[string]string{analyzer.FlagAllow: "200,404"}},
		// Inside the package that declares the constants, fixes write them
		// unqualified, never by importing the package into itself (the
		// sweep of the standard library found this in net/http).
		{name: "constants=status", dirs: []string{"constantsstatus", "github.com/statuslint/statuslint/status"}, flags: map[string]string{analyzer.FlagConstants: "status"}},
		{name: "constants=net/http", dirs: []string{"constantsnethttp"}, flags: map[string]string{analyzer.FlagConstants: "net/http"}},
		// walkfuncs: -funcs entries resolve among the packages that resolve
		// keeps from the import graph.
		{name: "funcs", dirs: []string{"funcs", "walkfuncs"}, flags: map[string]string{
			analyzer.FlagFuncs: "funcs/api.Fail:0,funcs/api.Client.Expect:1,walkfuncs.send:1,walkfuncs.api.Fail:1",
		}},
	} {
		t.Run(test.name, func(t *testing.T) {
			results := analysistest.RunWithSuggestedFixes(t, testdata, newAnalyzer(t, test.flags), test.dirs...)
			checkDescribed(t, results)
		})
	}
}

// checkDescribed checks that every diagnostic of results is one that the
// command and SARIF know: its category is among analyzer.Categories, and
// its message and related information (indented, as go vet prints it)
// match analyzer.IsMessage.
func checkDescribed(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	categories := make(map[string]bool)
	for _, c := range analyzer.Categories {
		categories[c.ID] = true
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			posn := r.Pass.Fset.Position(d.Pos)
			if !categories[d.Category] {
				t.Errorf("%v: category %q is not in analyzer.Categories", posn, d.Category)
			}
			if !analyzer.IsMessage(d.Message) {
				t.Errorf("%v: message %q does not match analyzer.IsMessage", posn, d.Message)
			}
			for _, ri := range d.Related {
				if !analyzer.IsMessage("\t" + ri.Message) {
					t.Errorf("%v: related message %q, indented, does not match analyzer.IsMessage", posn, ri.Message)
				}
			}
		}
	}
}
