package main_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestFlags checks -h, -version, the analyzer's flags and build flags,
// and that every bad flag exits 2 with a message naming the flag and the
// entry, and the way to usage.
func TestFlags(t *testing.T) {
	t.Parallel()
	bin := buildCommand(t)
	dir := copyModule(t)
	const hint = "Run 'statuslint -h' for usage."
	for _, tt := range []struct {
		args []string
		code int
		want string // in the output
		hint bool   // the output ends with the usage hint
	}{
		{[]string{"-h"}, 0, "statuslint: report bare HTTP status codes where a status code is expected", false},
		{[]string{"-h"}, 0, "-constants", false},
		{[]string{"-h"}, 0, "-version\n    \tprint statuslint's version and exit", false},
		{[]string{"-h"}, 0, "Exit code: 0 when nothing is reported, 1 when something is, 2 for bad flags,\n3 when statuslint could not analyse", false},
		{nil, 2, "usage: statuslint [flags] packages\n" + hint + "\n", true}, // two lines, not all of -h
		{[]string{"-allow=abc", "./..."}, 2, `invalid value "abc" for flag -allow: invalid entry "abc": want status codes such as 200,404`, true},
		{[]string{"-allow=42", "./..."}, 2, "code 42 out of range", true},
		{[]string{"-allow=200,42", "./..."}, 2, `invalid value "200,42" for flag -allow: code 42 out of range: want a status code 100-999 such as 404`, true},
		{[]string{"-constants=foo", "./..."}, 2, `unknown value "foo": want auto, net/http or status`, true},
		{[]string{"-constants=gin", "./..."}, 2, `invalid value "gin" for flag -constants: unknown value "gin": want auto, net/http or status`, true},
		{[]string{"-funcs=example.com/api.Error", "./..."}, 2, `malformed entry "example.com/api.Error": missing :argindex`, true},
		{[]string{"-funcs=net/http.Error", "./..."}, 2, `invalid value "net/http.Error" for flag -funcs: malformed entry "net/http.Error": missing :argindex`, true},
		{[]string{"-funcs=Error:1", "./..."}, 2, `malformed entry "Error:1": no function name after the import path`, true},
		{[]string{"-funcs=a/b.c:x", "./..."}, 2, `malformed entry "a/b.c:x": argindex "x" is not a non-negative integer`, true},
		{[]string{"-funcs=a/b.1x:0", "./..."}, 2, `malformed entry "a/b.1x:0": "1x" is not a Go identifier`, true},
		{[]string{"-nonstandard=maybe", "./..."}, 2, `invalid boolean value "maybe" for -nonstandard`, true},
		{[]string{"-nosuchflag", "./..."}, 2, "flag provided but not defined: -nosuchflag\n", true}, // nothing near it
		{[]string{"-fixx", "./..."}, 2, "flag provided but not defined: -fixx (did you mean -fix?)", true},
		{[]string{"-alow=200", "./..."}, 2, "flag provided but not defined: -alow (did you mean -allow?)", true},
		{[]string{"--nonstandrd", "./..."}, 2, "(did you mean -nonstandard?)", true},
		{[]string{"./...", "-allow=200"}, 2, "statuslint: flag -allow=200 after the package ./...: flags go before packages, as in 'statuslint -allow=200 ./...'", true},
		{[]string{"-fix", "./web", "-json", "./..."}, 2, "flag -json after the package ./web: flags go before packages, as in 'statuslint -json ./web ./...'", true},
		{[]string{"-allow=200,405", "./..."}, 1, "use http.StatusNotFound", false},
		// Build flags pass through (-a, which rebuilds everything, in
		// TestRebuildAll); -v traces on the findings' stream and still exits 1.
		{[]string{"-v", "-mod=mod", "-nonstandard", "./..."}, 1, "use http.StatusNotFound", false},
		{[]string{"-constants=status", "./..."}, 2, "-constants=status: fixes would import github.com/statuslint/statuslint/status, which this module cannot import", false},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, code := run(t, dir, bin, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, want %d and output containing %q; output:\n%s", code, tt.code, tt.want, out)
			}
			if tt.hint && !strings.HasSuffix(out, hint+"\n") {
				t.Errorf("output does not end with the usage hint %q:\n%s", hint, out)
			}
		})
	}
	// No arguments: two lines, not all of -h.
	if out, code := run(t, dir, bin); out != "usage: statuslint [flags] packages\n"+hint+"\n" || code != 2 {
		t.Errorf("statuslint without arguments: exit %d, output %q, want 2 and two lines", code, out)
	}
	// -version prints the module version from the build information: a
	// checkout's build is (devel), or a pseudo-version stamped from git.
	out, code := run(t, dir, bin, "-version")
	if !regexp.MustCompile(`^statuslint (\(devel\)|v\d+\.\d+\.\d+\S*)\n$`).MatchString(out) || code != 0 {
		t.Errorf("statuslint -version: exit %d, output %q, want 0 and statuslint VERSION", code, out)
	}
	// Under go vet, the tool gets the flags once for every package,
	// dependencies included: a bad value is said once per package asked
	// for, without the usage (it was once 18,000 lines for one typo).
	out, code = run(t, dir, "go", "vet", "-vettool="+bin, "-allow=abc", "./...")
	const msg = `statuslint: invalid value "abc" for flag -allow: invalid entry "abc": want status codes such as 200,404`
	if code == 0 || strings.Count(out, msg) != 2 || strings.Count(out, "\n") > 6 {
		t.Errorf("go vet -vettool -allow=abc: exit %d, want failure and %q once for each of the 2 packages; output:\n%s", code, msg, out)
	}
	// -allow takes effect through go vet too.
	out, _ = run(t, dir, bin, "-allow=200,405", "./...")
	if strings.Contains(out, "code 405") || strings.Contains(out, "code 200") {
		t.Errorf("statuslint -allow=200,405 still reports them:\n%s", out)
	}
}

// slowEnv gates the checks too slow for the go test ./... that a
// contributor runs on a small machine; .ci/run sets it.
const slowEnv = "STATUSLINT_SLOW_TESTS"

// TestRebuildAll checks that -a, the build flag that README's known limits
// give for a run that go vet's cache replays wrong, passes through to go
// vet: it rebuilds and reanalyses every dependency, the standard library
// included, which takes most of a minute on two cores, so it runs only
// with STATUSLINT_SLOW_TESTS=1.
func TestRebuildAll(t *testing.T) {
	if os.Getenv(slowEnv) == "" {
		t.Skipf("rebuilds every dependency: set %s=1 to run it", slowEnv)
	}
	t.Parallel()
	bin := buildCommand(t)
	dir := copyModule(t)
	out, code := run(t, dir, bin, "-a", "-mod=mod", "-nonstandard", "./...")
	if code != 1 || !strings.Contains(out, "use http.StatusNotFound") {
		t.Errorf("statuslint -a: exit %d, want 1 and the findings; output:\n%s", code, out)
	}
}

// TestChdirFlag runs statuslint from another directory with -C, written
// after other flags as users do: go vet and go list want it first.
func TestChdirFlag(t *testing.T) {
	t.Parallel()
	bin := buildCommand(t)
	dir := copyModule(t)
	elsewhere := t.TempDir()
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-nonstandard", "-C", dir, "./..."}, 1, "use http.StatusNotFound"},
		{[]string{"--C=" + dir, "./..."}, 1, "use http.StatusNotFound"},
		{[]string{"-json", "-C", dir, "./..."}, 0, `"category": "bare"`},
		{[]string{"-C", dir, "-constants=status", "./..."}, 2, "fixes would import github.com/statuslint/statuslint/status"},
		{[]string{"-nonstandard", "-sarif", "-C", dir, "./..."}, 1, `"ruleId": "bare"`},
		{[]string{"-diff", "-C", dir, "./..."}, 1, "+\tif rec.Code != http.StatusNoContent {"},
	} {
		t.Run(strings.Join(tt.args[:len(tt.args)-1], " "), func(t *testing.T) {
			out, code := run(t, elsewhere, bin, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, want %d and output containing %q; output:\n%s", code, tt.code, tt.want, out)
			}
		})
	}
}
