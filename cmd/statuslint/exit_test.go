package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/testmodule"
)

// TestExitCodes checks each standalone exit code on small modules, run
// the ways CI runs statuslint: 0 nothing found, 1 findings, 2 bad flags,
// 3 could not analyse; under go vet -vettool, go vet's own.
func TestExitCodes(t *testing.T) {
	t.Parallel()
	bin := buildCommand(t)
	const typeError = "package broken\n\nfunc broken() int { return \"not an int\" }\n"
	// One module for every case: the packages differ, go vet's cache of
	// the dependencies is shared.
	dir := testmodule.Write(t, map[string]string{
		"clean/clean.go":   "package clean\n\nimport \"net/http\"\n\nfunc ok(w http.ResponseWriter) { w.WriteHeader(http.StatusOK) }\n",
		"found/found.go":   strings.Replace(handlerFile, "package m", "package found", 1),
		"found/x_test.go":  "package found\n", // go vet analyses the package once, with its tests
		"broken/broken.go": typeError,
		"syntax/syntax.go": "package syntax\n\nfunc broken( {\n",
		"ranges/ranges.go": "package ranges\n\nimport \"net/http\"\n\nfunc ok(resp *http.Response) bool { return resp.StatusCode >= 200 && resp.StatusCode < 300 }\n",
	})
	for _, tt := range []struct {
		name string
		env  []string
		args []string
		code int
		want string // in the output
	}{
		{"nothing found", nil, []string{"./clean"}, 0, ""},
		{"findings", nil, []string{"./found"}, 1, "bare HTTP status code 404"},
		{"class check", nil, []string{"./ranges"}, 1, "2xx class check"}, // each message form is a finding, not a failure
		{"findings with context lines", nil, []string{"-c", "1", "./found"}, 1, "5\tfunc handle"},
		{"bad flag", nil, []string{"-allow=abc", "./found"}, 2, "invalid value"},
		{"type error", nil, []string{"./broken"}, 3, `cannot use "not an int"`},
		{"syntax error", nil, []string{"./syntax"}, 3, "expected ')'"},
		{"findings and a type error", nil, []string{"./found", "./broken"}, 3, "bare HTTP status code 404"},
		{"missing directory", nil, []string{"./nosuch"}, 3, "directory not found"},
		{"unknown module", []string{"GOFLAGS=-mod=readonly", "GOPROXY=off"}, []string{"example.org/nosuch"}, 3, "cannot find module providing package example.org/nosuch"},
		{"no go command", []string{"PATH=" + t.TempDir()}, []string{"./found"}, 3, "the go command is not in PATH"},
		// -json: go vet's stream, 0 unless something could not be analysed.
		{"json findings", nil, []string{"-json", "./found"}, 0, `"category": "bare"`},
		{"json type error", nil, []string{"-json", "./broken"}, 3, `cannot use "not an int"`},
		// -diff: 1 when there is a diff.
		{"diff", nil, []string{"-diff", "./found"}, 1, "+func handle(w http.ResponseWriter) { w.WriteHeader(http.StatusNotFound) }"},
		{"diff nothing", nil, []string{"-diff", "./clean"}, 0, ""},
		{"diff type error", nil, []string{"-diff", "./broken"}, 3, `cannot use "not an int"`},
		{"fix type error", nil, []string{"-fix", "./broken"}, 3, `cannot use "not an int"`},
		// A -funcs entry that names nothing in a package analysed is a bad
		// flag, which only analysis finds.
		{"funcs naming nothing", nil, []string{"-funcs=example.com/m/found.nosuch:0", "./found", "./clean"}, 2,
			`-funcs: entry "example.com/m/found.nosuch:0": package example.com/m/found has no function or method nosuch`},
		{"funcs argindex out of range", nil, []string{"-funcs=example.com/m/found.handle:7", "./..."}, 2,
			`-funcs: entry "example.com/m/found.handle:7": argindex 7 out of range: handle has 1 parameter (receiver not counted)`},
		{"json funcs naming nothing", nil, []string{"-json", "-funcs=example.com/m/found.nosuch:0", "./found"}, 2, `has no function or method nosuch`},
		{"fix funcs naming nothing", nil, []string{"-fix", "-funcs=example.com/m/found.nosuch:0", "./found"}, 2, `has no function or method nosuch`},
		{"diff funcs naming nothing", nil, []string{"-diff", "-funcs=example.com/m/found.nosuch:0", "./found"}, 2, `has no function or method nosuch`},
		{"funcs of a package not analysed", nil, []string{"-funcs=example.com/m/found.nosuch:0", "./clean"}, 0, ""},
		// -sarif: the same codes.
		{"sarif findings", nil, []string{"-sarif", "./found"}, 1, `"ruleId": "bare"`},
		{"sarif type error", nil, []string{"-sarif", "./broken"}, 3, `cannot use "not an int"`},
		{"sarif funcs naming nothing", nil, []string{"-sarif", "-funcs=example.com/m/found.nosuch:0", "./found"}, 2, `has no function or method nosuch`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, code := runEnv(t, dir, tt.env, bin, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.want) {
				t.Errorf("statuslint %s: exit %d, want %d and output containing %q; output:\n%s", strings.Join(tt.args, " "), code, tt.code, tt.want, out)
			}
			if n := strings.Count(out, "-funcs: entry"); n > 1 {
				t.Errorf("statuslint %s: the -funcs entry is reported %d times, want once; output:\n%s", strings.Join(tt.args, " "), n, out)
			}
		})
	}
	// Under go vet, go vet's codes: 1 for a finding and for a type error.
	for _, pkg := range []string{"./found", "./broken"} {
		if out, code := run(t, dir, "go", "vet", "-vettool="+bin, pkg); code != 1 {
			t.Errorf("go vet -vettool %s: exit %d, want go vet's 1; output:\n%s", pkg, code, out)
		}
	}
}

// TestFixSummary checks the line -fix writes on standard error: how many
// findings it fixed in how many files, and how many are left without a
// fix, which -fix then reports.
// TestFixJSON checks that -fix -json applies the fixes, as -fix does, and
// prints what is left as JSON: go vet -fix -json alone applies nothing.
func TestFixJSON(t *testing.T) {
	t.Parallel()
	bin := buildCommand(t)
	dir := copyModule(t)
	out, code := run(t, dir, bin, "-fix", "-json", "./...")
	if want := "statuslint: fixed 12 findings in 6 files; 0 left without a fix\n"; code != 0 || !strings.HasSuffix(out, want) {
		t.Errorf("statuslint -fix -json: exit %d, want 0 and output ending with %q; output:\n%s", code, want, out)
	}
	if out, code := run(t, dir, bin, "./..."); code != 0 {
		t.Errorf("statuslint after -fix -json: exit %d, want 0 (all fixed); output:\n%s", code, out)
	}
}

func TestFixSummary(t *testing.T) {
	t.Parallel()
	bin := buildCommand(t)
	dir := copyModule(t)
	bad := "package web\n\nimport \"net/http\"\n\nfunc bad(w http.ResponseWriter) { w.WriteHeader(1000) }\n"
	if err := os.WriteFile(filepath.Join(dir, "web", "bad.go"), []byte(bad), 0o666); err != nil {
		t.Fatal(err)
	}
	// wantFindings are testdata/e2e/nethttp's findings, all with a fix,
	// in six files.
	for _, run1 := range []struct {
		code int
		want string
	}{
		{1, "statuslint: fixed 12 findings in 6 files; 1 left without a fix\n"},
		{1, "statuslint: fixed 0 findings in 0 files; 1 left without a fix\n"}, // a second run has nothing to fix
	} {
		out, code := run(t, dir, bin, "-fix", "./...")
		if code != run1.code || !strings.HasSuffix(out, run1.want) || strings.Count(out, "statuslint: fixed") != 1 {
			t.Errorf("statuslint -fix: exit %d, want %d and output ending with %q; output:\n%s", code, run1.code, run1.want, out)
		}
	}
	if err := os.Remove(filepath.Join(dir, "web", "bad.go")); err != nil {
		t.Fatal(err)
	}
	out, code := run(t, dir, bin, "-fix", "./...")
	if want := "statuslint: fixed 0 findings in 0 files; 0 left without a fix\n"; code != 0 || out != want {
		t.Errorf("statuslint -fix with nothing to fix: exit %d, output %q, want 0 and %q", code, out, want)
	}
}
