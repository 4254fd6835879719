package statuslint_test

import (
	"flag"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/statuslint/statuslint"
	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

// newPlugin builds the plugin the way golangci-lint does: by name, through
// the register package.
func newPlugin(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	newFn, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatalf("GetPlugin: %v", err)
	}
	return newFn(settings)
}

func TestGoodSettings(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		flags    map[string]string // analyzer flag values the settings must produce
	}{
		{"no settings block", nil, map[string]string{
			analyzer.FlagConstants: "auto", analyzer.FlagAllow: "", analyzer.FlagNonstandard: "true", analyzer.FlagFuncs: "", analyzer.FlagFollow: "true",
			analyzer.FlagRange: "true",
		}},
		{"empty settings", map[string]any{}, map[string]string{
			analyzer.FlagConstants: "auto", analyzer.FlagNonstandard: "true",
		}},
		// The shape viper gives golangci-lint for a YAML block: lists as []any.
		{"every key", map[string]any{
			"constants":   "status",
			"allow":       []any{200, 404},
			"nonstandard": false,
			"funcs":       []any{"github.com/acme/api.Error:1", "github.com/acme/api.Writer.Send:0"},
			"follow":      false,
			"range":       false,
		}, map[string]string{
			analyzer.FlagFollow:      "false",
			analyzer.FlagConstants:   "status",
			analyzer.FlagAllow:       "200,404",
			analyzer.FlagNonstandard: "false",
			analyzer.FlagFuncs:       "github.com/acme/api.Error:1,github.com/acme/api.Writer.Send:0",
			analyzer.FlagRange:       "false",
		}},
		{"net/http constants", map[string]any{"constants": "net/http"}, map[string]string{
			analyzer.FlagConstants: "net/http",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := newPlugin(t, tt.settings)
			if err != nil {
				t.Fatalf("New(%v): %v", tt.settings, err)
			}
			if got, want := p.GetLoadMode(), register.LoadModeTypesInfo; got != want {
				t.Errorf("GetLoadMode() = %q, want %q", got, want)
			}
			as, err := p.BuildAnalyzers()
			if err != nil {
				t.Fatalf("BuildAnalyzers: %v", err)
			}
			if len(as) != 1 || as[0].Name != "statuslint" {
				t.Fatalf("BuildAnalyzers() = %v, want the statuslint analyzer", as)
			}
			for name, want := range tt.flags {
				f := as[0].Flags.Lookup(name)
				if f == nil {
					t.Fatalf("analyzer has no flag -%s", name)
				}
				if got := f.Value.String(); got != want {
					t.Errorf("-%s = %q, want %q", name, got, want)
				}
			}
		})
	}
}

// TestFreshAnalyzer checks that each New builds its own analyzer, so two
// plugins in one process cannot share configuration.
func TestFreshAnalyzer(t *testing.T) {
	build := func(settings any) *analysis.Analyzer {
		p, err := newPlugin(t, settings)
		if err != nil {
			t.Fatal(err)
		}
		as, err := p.BuildAnalyzers()
		if err != nil {
			t.Fatal(err)
		}
		return as[0]
	}
	a := build(map[string]any{"allow": []any{200}})
	b := build(nil)
	if a == b {
		t.Fatal("two New calls returned the same analyzer")
	}
	if got := b.Flags.Lookup(analyzer.FlagAllow).Value.String(); got != "" {
		t.Errorf("second plugin's -allow = %q, want empty: settings leaked between plugins", got)
	}
	if got := a.Flags.Lookup(analyzer.FlagAllow).Value.String(); got != "200" {
		t.Errorf("first plugin's -allow = %q, want 200", got)
	}
}

func TestBadSettings(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		want     []string // substrings of the error, the key first
	}{
		{"unknown key", map[string]any{"alow": []any{200}},
			[]string{`unknown key "alow"`, "constants, allow, nonstandard, funcs, follow or range"}},
		// encoding/json alone would accept "Allow" for allow.
		{"key in wrong case", map[string]any{"Allow": []any{200}},
			[]string{`unknown key "Allow"`}},
		{"not a map", []any{"allow"},
			[]string{"got a list, want a map of constants, allow, nonstandard, funcs, follow or range"}},
		{"constants of wrong type", map[string]any{"constants": 1},
			[]string{"constants: got number", "auto, net/http or status"}},
		{"bad constants value", map[string]any{"constants": "nethttp"},
			[]string{"constants: ", `"nethttp"`, "auto, net/http or status"}},
		{"allow not a list", map[string]any{"allow": "200,404"},
			[]string{"allow: got string", "a list of status codes"}},
		{"allow entry not a number", map[string]any{"allow": []any{"ok"}},
			[]string{"allow: got string", "a list of status codes"}},
		{"allow entry not an integer", map[string]any{"allow": []any{200.5}},
			[]string{"allow: got number 200.5"}},
		{"allow code out of range", map[string]any{"allow": []any{200, 1000}},
			[]string{"allow: ", "1000 out of range", "100-999"}},
		{"nonstandard of wrong type", map[string]any{"nonstandard": "yes"},
			[]string{"nonstandard: got string, want true or false"}},
		{"follow of wrong type", map[string]any{"follow": 1},
			[]string{"follow: got number, want true or false"}},
		{"range of wrong type", map[string]any{"range": "off"},
			[]string{"range: got string, want true or false"}},
		{"funcs not a list", map[string]any{"funcs": "github.com/acme/api.Error:1"},
			[]string{"funcs: got string", "a list of strings"}},
		{"malformed funcs entry", map[string]any{"funcs": []any{"github.com/acme/api.Error"}},
			[]string{"funcs: ", `"github.com/acme/api.Error"`, "missing :argindex"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := newPlugin(t, tt.settings)
			if err == nil {
				t.Fatalf("New(%v) = %v, want an error", tt.settings, p)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "statuslint settings: ") {
				t.Errorf("error %q does not start with %q", msg, "statuslint settings: ")
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
			// The message names the setting as written in .golangci.yml, not
			// as the command-line flag.
			if strings.Contains(msg, " -") {
				t.Errorf("error %q names a flag (-key) rather than a settings key", msg)
			}
		})
	}
}

// TestKeysAreFlagNames checks that the settings keys are exactly the
// analyzer's flag names, so a new flag cannot be missing from the plugin.
func TestKeysAreFlagNames(t *testing.T) {
	var tags []string
	st := reflect.TypeFor[statuslint.Settings]()
	for i := range st.NumField() {
		tags = append(tags, st.Field(i).Tag.Get("json"))
	}
	var flags []string
	analyzer.New().Flags.VisitAll(func(f *flag.Flag) { flags = append(flags, f.Name) })
	slices.Sort(tags)
	slices.Sort(flags)
	if !slices.Equal(tags, flags) {
		t.Errorf("settings keys %v, want the analyzer's flags %v", tags, flags)
	}
}
