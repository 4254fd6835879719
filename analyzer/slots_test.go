package analyzer_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRelated checks that a finding reached through a slot points at the
// place where the slot's value becomes, or is read as, a status code, and
// that a finding in a status position itself points nowhere.
func TestRelated(t *testing.T) {
	want := map[string]string{ // finding -> related information
		"vars.go:11":        "vars.go:15: sent as a status code here",               // code := 201 ... w.WriteHeader(code)
		"vars.go:17":        "vars.go:18: sent as a status code here",               // http.Error(w, "accepted", accepted)
		"fields.go:18":      "fields.go:13: sent as a status code here",             // apiError{Status: 404} ... http.Error(w, e.Message, e.Status)
		"holds.go:12":       "holds.go:11: compared with the status code read here", // code := resp.StatusCode; if code == 404
		"holds.go:21":       "holds.go:22: compared with a status code here",        // want := 201; if got != want
		"table_test.go:18":  "table_test.go:25: compared with a status code here",   // {"found", "/", 200} ... rec.Code != tt.want
		"results.go:11":     "results.go:17: sent as a status code here",            // return 200 ... w.WriteHeader(statusFor(err))
		"closures.go:9":     "closures.go:7: sent as a status code here",            // reply(304) ... w.WriteHeader(code)
		"collections.go:15": "collections.go:20: sent as a status code here",        // errMissing: 404 ... w.WriteHeader(errCodes[err])
	}
	results := analysistest.Run(t, testdata, analyzer.New(), "slots")
	got := make(map[string]string)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			posn := r.Pass.Fset.Position(d.Pos)
			key := fmt.Sprintf("%s:%d", filepath.Base(posn.Filename), posn.Line)
			var rel []string
			for _, ri := range d.Related {
				rp := r.Pass.Fset.Position(ri.Pos)
				rel = append(rel, fmt.Sprintf("%s:%d: %s", filepath.Base(rp.Filename), rp.Line, ri.Message))
			}
			if prev, ok := got[key]; ok && prev != strings.Join(rel, "; ") {
				continue // two findings on one line: the first is checked
			}
			got[key] = strings.Join(rel, "; ")
		}
	}
	for key, rel := range want {
		if got[key] != rel {
			t.Errorf("%s: related %q, want %q", key, got[key], rel)
		}
	}
	// basic.go's findings are in status positions, but for the variable
	// on line 22, which reaches one.
	for _, r := range analysistest.Run(t, testdata, analyzer.New(), "basic") {
		for _, d := range r.Diagnostics {
			posn := r.Pass.Fset.Position(d.Pos)
			if hasRelated := len(d.Related) > 0; hasRelated != (posn.Line == 22) {
				t.Errorf("%v: related information %v", posn, d.Related)
			}
		}
	}
}
