package main_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/vetoutput"
)

// The end-to-end tests build the real command and run it the ways users
// do, through the real go command, on a copy of testdata/e2e/nethttp: a
// module with a cross-package wrapper, an alias, a dot import, a shadowed
// http and a file that lacks the net/http import.

// wantFindings are the diagnostics expected in testdata/e2e/nethttp, as
// file:line: message.
var wantFindings = []string{
	"web/alias.go:12: bare HTTP status code 405, use nethttp.StatusMethodNotAllowed",
	"web/alias.go:16: bare HTTP status code 200, use nethttp.StatusOK",
	"web/dot.go:6: bare HTTP status code 302, use StatusFound",
	"web/dot.go:7: bare HTTP status code 418, use StatusTeapot",
	"web/noimport.go:7: bare HTTP status code 404, use http.StatusNotFound",
	"web/noimport.go:8: bare HTTP status code 201, use http.StatusCreated",
	"web/shadow.go:8: bare HTTP status code 400, use nethttp.StatusBadRequest",
	"web/shadow.go:11: bare HTTP status code 204, use nethttp.StatusNoContent",
	"web/types.go:16: bare HTTP status code 200, use http.StatusOK",
	"web/types.go:16: bare HTTP status code 203, use http.StatusNonAuthoritativeInfo",
	"web/types.go:19: bare HTTP status code 304, use http.StatusNotModified",
	"web/web_test.go:11: bare HTTP status code 204, use http.StatusNoContent",
}

func TestEndToEnd(t *testing.T) {
	t.Parallel()
	bin := buildCommand(t)

	t.Run("go vet -vettool", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		out, code := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
		checkFindings(t, out, code)
	})

	t.Run("standalone", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		out, code := run(t, dir, bin, "./...")
		checkFindings(t, out, code)
	})

	t.Run("go tool", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		root, err := filepath.Abs(filepath.Join("..", ".."))
		if err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{
			{"mod", "edit", "-require=github.com/statuslint/statuslint@v0.0.0", "-replace=github.com/statuslint/statuslint=" + root},
			// What go get -tool records, for a module the proxy does not have yet.
			{"mod", "edit", "-tool=github.com/statuslint/statuslint/cmd/statuslint"},
			{"mod", "tidy"},
		} {
			if out, code := run(t, dir, "go", args...); code != 0 {
				t.Fatalf("go %s: exit %d\n%s", strings.Join(args, " "), code, out)
			}
		}
		out, code := run(t, dir, "go", "tool", "statuslint", "./...")
		checkFindings(t, out, code)
	})

	// -fix applies what it can and still reports what has no fix, with
	// exit 1, so that a CI step running -fix cannot pass over a panic.
	t.Run("fix leaves unfixable findings", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		src := "package web\n\nimport \"net/http\"\n\nfunc bad(w http.ResponseWriter) { w.WriteHeader(1000) }\n"
		if err := os.WriteFile(filepath.Join(dir, "web", "bad.go"), []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
		out, code := run(t, dir, bin, "-fix", "./...")
		want := "web/bad.go:5:49: invalid HTTP status code 1000: net/http panics on codes outside 100-999"
		if code != 1 || !strings.Contains(out, want) || strings.Contains(out, "bare HTTP") {
			t.Errorf("statuslint -fix: exit %d, want 1 and only %q; output:\n%s", code, want, out)
		}
	})

	t.Run("diff", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		out, code := run(t, dir, bin, "-diff", "./...")
		if code != 1 || !strings.Contains(out, "+\tw.WriteHeader(nethttp.StatusOK)") {
			t.Errorf("statuslint -diff: exit %d, want 1 and a diff; output:\n%s", code, out)
		}
		if _, code := run(t, dir, bin, "./..."); code != 1 {
			t.Errorf("-diff changed files: a second run exits %d, want 1", code)
		}
	})

	// The three ways of fixing must each leave a module that builds, vets
	// and passes its tests, with nothing left to fix, and agree byte for
	// byte.
	t.Run("fix", func(t *testing.T) {
		t.Parallel()
		testFixes(t, bin)
	})
}

// testFixes fixes three copies of the module, with statuslint -fix, go
// vet -vettool -fix and go fix -fixtool (Go 1.26's go fix, which speaks
// the same protocol), side by side, and checks the results.
func testFixes(t *testing.T, bin string) {
	standalone, vet, gofix := copyModule(t), copyModule(t), copyModule(t)
	t.Run("both", func(t *testing.T) {
		for _, fix := range []struct {
			name string
			dir  string
			args []string
		}{
			{"statuslint -fix", standalone, []string{bin, "-fix", "./..."}},
			{"go vet -vettool -fix", vet, []string{"go", "vet", "-vettool=" + bin, "-fix", "./..."}},
			{"go fix -fixtool", gofix, []string{"go", "fix", "-fixtool=" + bin, "./..."}},
		} {
			t.Run(fix.name, func(t *testing.T) {
				t.Parallel()
				if out, code := run(t, fix.dir, fix.args[0], fix.args[1:]...); code != 0 {
					t.Fatalf("%s: exit %d\n%s", fix.name, code, out)
				}
				for _, check := range [][]string{
					{"go", "build", "./..."},
					{"go", "vet", "./..."},
					{"go", "test", "-count=1", "./..."},
					{"gofmt", "-l", "."},
				} {
					out, code := run(t, fix.dir, check[0], check[1:]...)
					if code != 0 || (check[0] == "gofmt" && out != "") {
						t.Errorf("after %s, %s: exit %d\n%s", fix.name, strings.Join(check, " "), code, out)
					}
				}
				out, code := run(t, fix.dir, bin, "-json", "./...")
				if code != 0 || strings.Contains(out, "suggested_fixes") {
					t.Errorf("after %s, statuslint -json: exit %d, want 0 and no fixes\n%s", fix.name, code, out)
				}
			})
		}
	})
	for _, file := range []string{"web/alias.go", "web/dot.go", "web/noimport.go", "web/shadow.go", "web/types.go", "web/web_test.go"} {
		a, errA := os.ReadFile(filepath.Join(standalone, file))
		for _, other := range []struct{ name, dir string }{{"go vet -fix", vet}, {"go fix -fixtool", gofix}} {
			b, errB := os.ReadFile(filepath.Join(other.dir, file))
			if errA != nil || errB != nil || !bytes.Equal(a, b) {
				t.Errorf("%s: statuslint -fix and %s disagree (%v, %v)", file, other.name, errA, errB)
			}
		}
	}
}

// checkFindings compares the diagnostics in out with wantFindings.
func checkFindings(t *testing.T, out string, code int) {
	t.Helper()
	if code != 1 {
		t.Errorf("exit %d, want 1 (findings)", code)
	}
	var got []string
	for _, d := range vetoutput.Lines(out) {
		got = append(got, fmt.Sprintf("%s:%d: %s", d.File, d.Line, d.Message))
	}
	slices.Sort(got)
	want := slices.Sorted(slices.Values(wantFindings))
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q\noutput:\n%s", got, want, out)
	}
}
