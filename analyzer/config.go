package analyzer

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"
)

// Flag names of the analyzer. The golangci-lint plugin uses the same
// strings as its settings keys, so they are constants to keep the two in step.
const (
	FlagConstants   = "constants"
	FlagAllow       = "allow"
	FlagNonstandard = "nonstandard"
	FlagFuncs       = "funcs"
	FlagFollow      = "follow"
	FlagRange       = "range"
)

// Constants selects the package whose constants the suggested fixes write.
type Constants string

const (
	// ConstantsAuto writes our status package's constants in files that
	// already import it, and net/http's everywhere else.
	ConstantsAuto Constants = "auto"
	// ConstantsNetHTTP always writes net/http's constants (http.StatusNotFound).
	ConstantsNetHTTP Constants = "net/http"
	// ConstantsStatus always writes our status package's constants
	// (status.NotFound), adding its import where needed; the module
	// being fixed must require github.com/statuslint/statuslint.
	ConstantsStatus Constants = "status"
)

// Config is the analyzer's configuration: one field per flag.
type Config struct {
	Constants   Constants // which constants fixes write: auto, net/http or status
	Allow       []int     // codes never reported, such as 200
	Nonstandard bool      // report codes with no registered name, such as 499
	Funcs       []string  // extra status positions: "importpath.Func:argindex" or "importpath.Type.Method:argindex"
	Follow      bool      // follow codes through slots: variables, fields, results, collections, closures
	Range       bool      // report range and class checks (resp.StatusCode >= 400)
}

// DefaultConfig returns the configuration that New uses.
func DefaultConfig() Config {
	return Config{Constants: ConstantsAuto, Nonstandard: true, Follow: true, Range: true}
}

// A ConfigError is a malformed setting: the flag it belongs to and what is
// wrong with its value. Drivers that name settings otherwise (the
// golangci-lint plugin's keys) read Flag and Err with errors.As.
type ConfigError struct {
	Flag string // the flag name, such as FlagAllow
	Err  error
}

func (e *ConfigError) Error() string { return "-" + e.Flag + ": " + e.Err.Error() }

func (e *ConfigError) Unwrap() error { return e.Err }

// Validate reports the first malformed setting as a *ConfigError.
func (cfg Config) Validate() error {
	_, err := cfg.compile()
	return err
}

// settings is a Config in the form run uses.
type settings struct {
	constants   Constants
	allow       map[int]bool
	nonstandard bool
	follow      bool
	funcs       []funcSpec
	ranges      bool
	wanted      map[string]bool // import paths that resolve looks up
}

// funcSpec is one parsed -funcs entry.
type funcSpec struct {
	entry string // as written, for messages
	name  string // "importpath.Func" or "importpath.Type.Method"
	arg   int    // index of the status argument, receiver not counted
}

func (cfg Config) compile() (*settings, error) {
	s := &settings{nonstandard: cfg.Nonstandard, follow: cfg.Follow, ranges: cfg.Range}
	var err error
	if s.constants, err = parseConstants(string(cfg.Constants)); err != nil {
		return nil, &ConfigError{Flag: FlagConstants, Err: err}
	}
	for _, code := range cfg.Allow {
		if err := checkAllowed(code); err != nil {
			return nil, &ConfigError{Flag: FlagAllow, Err: err}
		}
		if s.allow == nil {
			s.allow = make(map[int]bool)
		}
		s.allow[code] = true
	}
	for _, entry := range cfg.Funcs {
		spec, err := parseFuncSpec(entry)
		if err != nil {
			return nil, &ConfigError{Flag: FlagFuncs, Err: err}
		}
		s.funcs = append(s.funcs, spec)
	}
	s.wanted = wantedPaths(s.funcs)
	return s, nil
}

func parseConstants(v string) (Constants, error) {
	switch c := Constants(v); c {
	case ConstantsAuto, ConstantsNetHTTP, ConstantsStatus:
		return c, nil
	case "":
		return ConstantsAuto, nil
	}
	return "", fmt.Errorf("unknown value %q: want auto, net/http or status", v)
}

func checkAllowed(code int) error {
	if code < 100 || code > 999 {
		return fmt.Errorf("code %d out of range: want a status code 100-999 such as 404", code)
	}
	return nil
}

// parseAllow parses a comma-separated list of status codes such as "200,404".
func parseAllow(v string) ([]int, error) {
	var codes []int
	for field := range strings.SplitSeq(v, ",") {
		field = strings.TrimSpace(field)
		if field == "" {
			continue
		}
		code, err := strconv.Atoi(field)
		if err != nil {
			return nil, fmt.Errorf("invalid entry %q: want status codes such as 200,404", field)
		}
		if err := checkAllowed(code); err != nil {
			return nil, err
		}
		codes = append(codes, code)
	}
	return codes, nil
}

// parseFuncSpec parses "importpath.Func:argindex" or "importpath.Type.Method:argindex".
// The import path is not split from the name here, because the last path
// element may itself contain dots (gopkg.in/yaml.v3); the name is resolved
// against the packages that are actually loaded.
func parseFuncSpec(entry string) (funcSpec, error) {
	const form = `want importpath.Func:argindex or importpath.Type.Method:argindex, such as github.com/acme/api.Error:1`
	bad := func(why string) (funcSpec, error) {
		return funcSpec{}, fmt.Errorf("malformed entry %q: %s; %s", entry, why, form)
	}
	name, index, ok := strings.Cut(strings.TrimSpace(entry), ":")
	if !ok {
		return bad("missing :argindex")
	}
	arg, err := strconv.Atoi(index)
	if err != nil || arg < 0 {
		return bad(fmt.Sprintf("argindex %q is not a non-negative integer", index))
	}
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	if dot < 0 {
		return bad("no function name after the import path")
	}
	if slash+1+dot == 0 {
		return bad("empty import path")
	}
	for ident := range strings.SplitSeq(name[slash+1+dot+1:], ".") {
		if !token.IsIdentifier(ident) {
			return bad(fmt.Sprintf("%q is not a Go identifier", ident))
		}
	}
	return funcSpec{entry: strings.TrimSpace(entry), name: name, arg: arg}, nil
}

// parseFuncs parses a comma-separated list of -funcs entries.
func parseFuncs(v string) ([]string, error) {
	var entries []string
	for entry := range strings.SplitSeq(v, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		if _, err := parseFuncSpec(entry); err != nil {
			return nil, err
		}
		entries = append(entries, entry)
	}
	return entries, nil
}

// Flag values. Each parses on Set, so a bad value fails at flag parsing
// with a message that names the flag.

type constantsValue struct{ cfg *Config }

func (v constantsValue) String() string {
	if v.cfg == nil {
		return ""
	}
	return string(v.cfg.Constants)
}

func (v constantsValue) Set(s string) error {
	c, err := parseConstants(s)
	if err != nil {
		return err
	}
	v.cfg.Constants = c
	return nil
}

type allowValue struct{ cfg *Config }

func (v allowValue) String() string {
	if v.cfg == nil {
		return ""
	}
	var b strings.Builder
	for i, code := range v.cfg.Allow {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(code))
	}
	return b.String()
}

func (v allowValue) Set(s string) error {
	codes, err := parseAllow(s)
	if err != nil {
		return err
	}
	v.cfg.Allow = codes
	return nil
}

type funcsValue struct{ cfg *Config }

func (v funcsValue) String() string {
	if v.cfg == nil {
		return ""
	}
	return strings.Join(v.cfg.Funcs, ",")
}

func (v funcsValue) Set(s string) error {
	entries, err := parseFuncs(s)
	if err != nil {
		return err
	}
	v.cfg.Funcs = entries
	return nil
}
