package lsp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
)

// SettingsKey is the key of statuslint's settings inside the settings an
// editor sends gopls (initializationOptions, workspace/configuration,
// workspace/didChangeConfiguration): VS Code's
//
//	"gopls": {"statuslint": {"allow": [200]}}
//
// The proxy takes the object out before gopls sees it.
const SettingsKey = "statuslint"

// flagTags is the settings key of the build tags, go vet's -tags.
const flagTags = "tags"

// settingsKeys are the keys of statuslint's settings: the analyzer's flag
// names, so that they match the command's flags and golangci-lint's
// settings, and the build tags.
var settingsKeys = []string{analyzer.FlagAllow, analyzer.FlagConstants, analyzer.FlagNonstandard, analyzer.FlagFuncs, analyzer.FlagFollow, analyzer.FlagRange, flagTags}

// A SettingsError is a malformed statuslint setting; Key names it.
type SettingsError struct {
	Key string
	Err error
}

func (e *SettingsError) Error() string {
	return fmt.Sprintf("statuslint settings: %s: %v", e.Key, e.Err)
}

func (e *SettingsError) Unwrap() error { return e.Err }

// settingsFlags turns a statuslint settings object into go vet flags,
// validated by the analyzer, or returns a *SettingsError naming the first
// malformed key.
func settingsFlags(raw json.RawMessage) ([]string, error) {
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil, nil // no settings: the defaults
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, &SettingsError{Key: SettingsKey, Err: fmt.Errorf("got %s, want an object with keys %s", raw, strings.Join(settingsKeys, ", "))}
	}
	for key := range m {
		if !slices.Contains(settingsKeys, key) {
			return nil, &SettingsError{Key: key, Err: fmt.Errorf("unknown setting: want one of %s", strings.Join(settingsKeys, ", "))}
		}
	}
	cfg := analyzer.DefaultConfig()
	var tags []string
	decode := func(key string, v any, want string) error {
		data, ok := m[key]
		if !ok {
			return nil
		}
		if err := json.Unmarshal(data, v); err != nil {
			return &SettingsError{Key: key, Err: fmt.Errorf("got %s, want %s", data, want)}
		}
		return nil
	}
	var constants string
	for _, err := range []error{
		decode(analyzer.FlagAllow, &cfg.Allow, "a list of status codes such as [200, 404]"),
		decode(analyzer.FlagConstants, &constants, `one of "auto", "net/http" or "status"`),
		decode(analyzer.FlagNonstandard, &cfg.Nonstandard, "true or false"),
		decode(analyzer.FlagFuncs, &cfg.Funcs, `a list of strings such as ["github.com/acme/api.Error:1"]`),
		decode(analyzer.FlagFollow, &cfg.Follow, "true or false"),
		decode(analyzer.FlagRange, &cfg.Range, "true or false"),
		decode(flagTags, &tags, `a list of build tags such as ["integration"]`),
	} {
		if err != nil {
			return nil, err
		}
	}
	cfg.Constants = analyzer.Constants(constants)
	if err := cfg.Validate(); err != nil {
		return nil, configError(err)
	}
	for _, tag := range tags {
		if tag == "" || strings.ContainsAny(tag, ", \t") {
			return nil, &SettingsError{Key: flagTags, Err: fmt.Errorf("malformed build tag %q", tag)}
		}
	}

	// The flags, in a fixed order, for go vet and the vet tool. Only the
	// keys present are passed, so the analyzer's defaults stay its own.
	var flags []string
	if _, ok := m[analyzer.FlagAllow]; ok {
		codes := make([]string, len(cfg.Allow))
		for i, code := range cfg.Allow {
			codes[i] = strconv.Itoa(code)
		}
		flags = append(flags, "-"+analyzer.FlagAllow+"="+strings.Join(codes, ","))
	}
	if _, ok := m[analyzer.FlagConstants]; ok {
		flags = append(flags, "-"+analyzer.FlagConstants+"="+constants)
	}
	if _, ok := m[analyzer.FlagNonstandard]; ok {
		flags = append(flags, "-"+analyzer.FlagNonstandard+"="+strconv.FormatBool(cfg.Nonstandard))
	}
	if _, ok := m[analyzer.FlagFuncs]; ok {
		flags = append(flags, "-"+analyzer.FlagFuncs+"="+strings.Join(cfg.Funcs, ","))
	}
	if _, ok := m[analyzer.FlagFollow]; ok {
		flags = append(flags, "-"+analyzer.FlagFollow+"="+strconv.FormatBool(cfg.Follow))
	}
	if _, ok := m[analyzer.FlagRange]; ok {
		flags = append(flags, "-"+analyzer.FlagRange+"="+strconv.FormatBool(cfg.Range))
	}
	if len(tags) > 0 {
		flags = append(flags, "-"+flagTags+"="+strings.Join(tags, ","))
	}
	return flags, nil
}

// configError returns a Config.Validate error as a *SettingsError: the
// analyzer's flag is the settings key.
func configError(err error) *SettingsError {
	var cerr *analyzer.ConfigError
	if errors.As(err, &cerr) {
		return &SettingsError{Key: cerr.Flag, Err: cerr.Err}
	}
	return &SettingsError{Key: SettingsKey, Err: err}
}
