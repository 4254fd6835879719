package analyzer_test

import (
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
)

func TestNewWithConfig(t *testing.T) {
	for _, test := range []struct {
		name    string
		cfg     analyzer.Config
		wantErr string // "" for a valid configuration
	}{
		{"default", analyzer.DefaultConfig(), ""},
		{"empty constants means auto", analyzer.Config{}, ""},
		{"all set", analyzer.Config{
			Constants: analyzer.ConstantsStatus, Allow: []int{200, 999}, Nonstandard: false,
			Funcs: []string{"github.com/acme/api.Error:1", "gopkg.in/yaml.v3.Node.Encode:0", "example.com/x.T.M:2"},
		}, ""},
		{"bad constants", analyzer.Config{Constants: "http"}, `-constants: unknown value "http": want auto, net/http or status`},
		{"allow below range", analyzer.Config{Allow: []int{99}}, "-allow: code 99 out of range"},
		{"allow above range", analyzer.Config{Allow: []int{1000}}, "-allow: code 1000 out of range"},
		{"funcs without index", analyzer.Config{Funcs: []string{"example.com/api.Error"}}, `-funcs: malformed entry "example.com/api.Error": missing :argindex`},
		{"funcs negative index", analyzer.Config{Funcs: []string{"example.com/api.Error:-1"}}, `argindex "-1" is not a non-negative integer`},
		{"funcs bad index", analyzer.Config{Funcs: []string{"example.com/api.Error:x"}}, `argindex "x" is not a non-negative integer`},
		{"funcs no name", analyzer.Config{Funcs: []string{"example.com/api:1"}}, "no function name after the import path"},
		{"funcs empty path", analyzer.Config{Funcs: []string{".Error:1"}}, "empty import path"},
		{"funcs bad identifier", analyzer.Config{Funcs: []string{"example.com/api.Er-ror:1"}}, `"Er-ror" is not a Go identifier`},
		{"funcs three names", analyzer.Config{Funcs: []string{"api.A.B.C:1"}}, ""},
	} {
		t.Run(test.name, func(t *testing.T) {
			a, err := analyzer.NewWithConfig(test.cfg)
			switch {
			case test.wantErr == "" && err != nil:
				t.Fatalf("got error %v, want none", err)
			case test.wantErr != "" && (err == nil || !strings.Contains(err.Error(), test.wantErr)):
				t.Fatalf("got error %v, want one containing %q", err, test.wantErr)
			case err == nil && a == nil:
				t.Fatal("got nil analyzer and no error")
			}
		})
	}
}

// TestFlags checks that flags parse, reject bad values naming the problem,
// and start from the configuration.
func TestFlags(t *testing.T) {
	for _, test := range []struct {
		flag, value, wantErr string
	}{
		{analyzer.FlagConstants, "net/http", ""},
		{analyzer.FlagConstants, "status", ""},
		{analyzer.FlagConstants, "nethttp", `unknown value "nethttp"`},
		{analyzer.FlagAllow, "200, 404,", ""},
		{analyzer.FlagAllow, "200;404", `invalid entry "200;404"`},
		{analyzer.FlagAllow, "42", "code 42 out of range"},
		{analyzer.FlagNonstandard, "false", ""},
		{analyzer.FlagNonstandard, "maybe", "parse error"},
		{analyzer.FlagRange, "false", ""},
		{analyzer.FlagRange, "off", "parse error"},
		{analyzer.FlagFuncs, "example.com/api.Error:1,example.com/api.T.M:0", ""},
		{analyzer.FlagFuncs, "example.com/api.Error:1,oops", `malformed entry "oops"`},
	} {
		a := analyzer.New()
		err := a.Flags.Set(test.flag, test.value)
		if test.wantErr == "" && err != nil || test.wantErr != "" && (err == nil || !strings.Contains(err.Error(), test.wantErr)) {
			t.Errorf("-%s=%s: got error %v, want %q", test.flag, test.value, err, test.wantErr)
		}
	}

	cfg := analyzer.DefaultConfig()
	cfg.Allow = []int{200, 404}
	cfg.Funcs = []string{"example.com/api.Error:1"}
	a, err := analyzer.NewWithConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for flag, want := range map[string]string{
		analyzer.FlagConstants:   "auto",
		analyzer.FlagAllow:       "200,404",
		analyzer.FlagNonstandard: "true",
		analyzer.FlagFuncs:       "example.com/api.Error:1",
		analyzer.FlagRange:       "true",
	} {
		if got := a.Flags.Lookup(flag).Value.String(); got != want {
			t.Errorf("-%s: got %q, want %q", flag, got, want)
		}
	}
}

// TestIndependent checks that analyzers share no configuration.
func TestIndependent(t *testing.T) {
	a, b := analyzer.New(), analyzer.New()
	if err := a.Flags.Set(analyzer.FlagAllow, "200"); err != nil {
		t.Fatal(err)
	}
	if got := b.Flags.Lookup(analyzer.FlagAllow).Value.String(); got != "" {
		t.Errorf("setting -allow on one analyzer changed another's: got %q, want \"\"", got)
	}
	if analyzer.Analyzer == a || analyzer.Analyzer == b {
		t.Error("New returned the package-level Analyzer")
	}
}
