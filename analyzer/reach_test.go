package analyzer_test

import (
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFactNames checks that every fact names its object first, which go
// vet's tool looks for in the sources of the packages that import it.
func TestFactNames(t *testing.T) {
	n := 0
	for _, r := range analysistest.Run(t, testdata, analyzer.New(), "wrapperlib") {
		for obj, facts := range r.Facts {
			for _, f := range facts {
				n++
				if names := analyzer.FactNames(f); obj == nil || len(names) == 0 || names[0] != obj.Name() {
					t.Errorf("FactNames of %v's fact %v: %q", obj, f, names)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("wrapperlib: no fact")
	}
}

func TestReachNames(t *testing.T) {
	r, err := analyzer.Config{Funcs: []string{"example.com/api.Server.Respond:0"}}.Reach()
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		closure, direct []string
		name            string
		plain, http     bool // in plain, in qualified["net/http"]
	}{
		{[]string{"net/http"}, nil, "WriteHeader", true, false}, // a method: through any type of the closure
		{[]string{"net/http"}, nil, "StatusCode", true, false},  // a field
		{[]string{"net/http"}, nil, "Error", false, false},      // a function: only by importing net/http
		{[]string{"net/http"}, []string{"net/http"}, "Error", false, true},
		{nil, []string{"net/http"}, "StatusCode", true, false},
		{[]string{"net/http"}, nil, "JSON", false, false}, // gin's, not in the closure
		{nil, nil, "Respond", true, false},                // -funcs
		{nil, nil, "WriteHeader", false, false},
	} {
		plain := make(map[string]bool)
		qualified := make(map[string]map[string]bool)
		r.Names(test.closure, test.direct, plain, qualified)
		if plain[test.name] != test.plain || qualified["net/http"][test.name] != test.http {
			t.Errorf("Names(%q, %q): %q in plain %v, in qualified[net/http] %v; want %v, %v", test.closure, test.direct, test.name,
				plain[test.name], qualified["net/http"][test.name], test.plain, test.http)
		}
	}
	if !r.Wanted["example.com/api"] || !r.Wanted["net/http"] {
		t.Errorf("Wanted lacks example.com/api or net/http: %v", r.Wanted)
	}
}
