// Package statuslint is the golangci-lint module plugin for the statuslint
// analyzer. Build it into golangci-lint with `golangci-lint custom` and
// enable it in .golangci.yml as a custom linter of type "module":
//
//	linters:
//	  enable: [statuslint]
//	  settings:
//	    custom:
//	      statuslint:
//	        type: module
//	        settings:
//	          allow: [200]
//
// The settings keys are the analyzer's flag names; see
// .golangci.example.yml for all of them. The plugin only translates
// settings: every check lives in the analyzer package.
package statuslint

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("statuslint", New)
}

// Settings are the plugin's settings in .golangci.yml, one key per analyzer
// flag. The json tags must equal the analyzer.Flag* constants (struct tags
// cannot name constants); a test checks that they do.
type Settings struct {
	Constants   string   `json:"constants"`   // auto, net/http or status
	Allow       []int    `json:"allow"`       // codes never reported
	Nonstandard *bool    `json:"nonstandard"` // nil keeps the analyzer's default
	Funcs       []string `json:"funcs"`       // importpath.Func:argindex entries
	Follow      *bool    `json:"follow"`      // nil keeps the analyzer's default
	Range       *bool    `json:"range"`       // nil keeps the analyzer's default
}

// settingsKeys are the accepted keys, in the order messages list them, and
// what each one wants, for messages about a value of the wrong type.
var settingsKeys = []struct{ key, want string }{
	{analyzer.FlagConstants, "one of auto, net/http or status"},
	{analyzer.FlagAllow, "a list of status codes such as [200, 404]"},
	{analyzer.FlagNonstandard, "true or false"},
	{analyzer.FlagFuncs, `a list of strings such as ["github.com/acme/api.Error:1"]`},
	{analyzer.FlagFollow, "true or false"},
	{analyzer.FlagRange, "true or false"},
}

// plugin is the register.LinterPlugin for one settings block.
type plugin struct {
	analyzer *analysis.Analyzer
}

// New decodes and validates golangci-lint's raw settings for statuslint and
// returns a plugin with its own analyzer. Errors name the offending key.
func New(raw any) (register.LinterPlugin, error) {
	s, err := decode(raw)
	if err != nil {
		return nil, err
	}
	a, err := analyzer.NewWithConfig(s.config())
	if err != nil {
		return nil, settingsError(err)
	}
	return &plugin{analyzer: a}, nil
}

// BuildAnalyzers returns the analyzer built by New.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode reports that the analyzer needs type information: status
// positions are found by resolving callees and field owners through the
// type checker, never by spelling.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// decode turns golangci-lint's settings (a YAML map decoded by viper) into
// Settings.
func decode(raw any) (Settings, error) {
	// register.DecodeSettings rejects unknown fields, but encoding/json
	// matches field names case-insensitively and its message lists no
	// alternatives, so check the keys exactly here first.
	if err := checkKeys(raw); err != nil {
		return Settings{}, err
	}
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			key, _, _ := strings.Cut(typeErr.Field, ".")
			return Settings{}, fmt.Errorf("statuslint settings: %s: got %s, want %s", key, typeErr.Value, want(key))
		}
		return Settings{}, fmt.Errorf("statuslint settings: %v", err)
	}
	return s, nil
}

// checkKeys reports the first key of raw that is not a settings key.
func checkKeys(raw any) error {
	data, err := json.Marshal(raw)
	if err != nil {
		return fmt.Errorf("statuslint settings: %v", err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("statuslint settings: got %s, want a map of %s", jsonKind(data), keyList())
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // report the same key on every run
	for _, k := range keys {
		if want(k) == "" {
			return fmt.Errorf("statuslint settings: unknown key %q: want %s", k, keyList())
		}
	}
	return nil
}

// settingsError names the settings key of the analyzer's configuration
// error: the keys are the analyzer's flag names.
func settingsError(err error) error {
	var bad *analyzer.ConfigError
	if errors.As(err, &bad) {
		return fmt.Errorf("statuslint settings: %s: %v", bad.Flag, bad.Err)
	}
	return fmt.Errorf("statuslint settings: %v", err)
}

// config converts s to the analyzer's configuration; unset keys keep the
// analyzer's defaults.
func (s Settings) config() analyzer.Config {
	cfg := analyzer.DefaultConfig()
	if s.Constants != "" {
		cfg.Constants = analyzer.Constants(s.Constants)
	}
	cfg.Allow = s.Allow
	if s.Nonstandard != nil {
		cfg.Nonstandard = *s.Nonstandard
	}
	cfg.Funcs = s.Funcs
	if s.Follow != nil {
		cfg.Follow = *s.Follow
	}
	if s.Range != nil {
		cfg.Range = *s.Range
	}
	return cfg
}

// want returns what key wants, or "" if key is not a settings key.
func want(key string) string {
	for _, k := range settingsKeys {
		if k.key == key {
			return k.want
		}
	}
	return ""
}

// keyList returns the settings keys for messages: "constants, allow, nonstandard, funcs, follow or range".
func keyList() string {
	var b strings.Builder
	for i, k := range settingsKeys {
		switch {
		case i == len(settingsKeys)-1:
			b.WriteString(" or ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(k.key)
	}
	return b.String()
}

// jsonKind names the JSON kind of data for messages.
func jsonKind(data []byte) string {
	switch {
	case len(data) == 0:
		return "nothing"
	case data[0] == '[':
		return "a list"
	case data[0] == '"':
		return "a string"
	case data[0] == 't' || data[0] == 'f':
		return "a boolean"
	}
	return "a number"
}
