package main_test

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/vetoutput"
)

var update = flag.Bool("update", false, "rewrite the expected findings of TestFrameworksEndToEnd's modules")

// realModulesEnv gates the tests that download the real frameworks and test
// libraries from the module proxy. .ci/run sets it; a plain go test ./...
// leaves them out, as it may run offline, and they take minutes.
const realModulesEnv = "STATUSLINT_REAL_MODULES"

// e2eModules are the modules under testdata/e2e that use the real
// frameworks and test libraries, each with its expected findings beside it:
// NAME.findings before -fix, NAME.after-fix the findings -fix cannot fix.
var e2eModules = []string{
	"frameworks", // web frameworks: gin, echo v4 and v5, fiber v2 and v3, hertz, iris, go-zero, chi, resty, testify
	"testlibs",   // huma, gomega, gock, apitest, httpmock, resty v3
}

// TestFrameworksEndToEnd checks statuslint against the REAL frameworks,
// which catches drift between their APIs and the stubs under testdata/src:
// for each module of e2eModules, in a copy,
//  1. the findings of statuslint ./... are the expected list;
//  2. after statuslint -fix ./..., the module builds, vets and compiles
//     its tests, and -fix changed something;
//  3. statuslint ./... finds what -fix could not fix, as expected.
//
// It needs the module proxy, or a warm module cache, and runs only with
// STATUSLINT_REAL_MODULES=1; give it time (go test -timeout 30m): the
// first run builds every framework. -update rewrites the expected lists.
func TestFrameworksEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads and builds the real frameworks from the module proxy")
	}
	if os.Getenv(realModulesEnv) == "" {
		t.Skipf("downloads the real frameworks from the module proxy: set %s=1 to run it", realModulesEnv)
	}
	bin := buildCommand(t)
	for _, name := range e2eModules {
		t.Run(name, func(t *testing.T) {
			testE2EModule(t, bin, name)
		})
	}
}

// testE2EModule runs the checks of TestFrameworksEndToEnd on the module
// testdata/e2e/name.
func testE2EModule(t *testing.T, bin, name string) {
	src := filepath.Join("..", "..", "testdata", "e2e", name)
	dir := copyE2EModule(t, name)
	for _, args := range [][]string{{"mod", "download"}, {"build", "./..."}} {
		if out, code := run(t, dir, "go", args...); code != 0 {
			t.Fatalf("before any fix, go %s: exit %d\n%s", strings.Join(args, " "), code, out)
		}
	}
	// run's -mod=mod would quietly repair a stale go.mod or go.sum: the
	// module in the checkout must be complete as it is.
	for _, file := range []string{"go.mod", "go.sum"} {
		if !sameFile(t, filepath.Join(src, file), filepath.Join(dir, file)) {
			t.Fatalf("%s/%s is not tidy: go mod download changed it (run go mod tidy there)", name, file)
		}
	}

	compareFindings(t, src+".findings", findings(t, dir, bin))

	findings(t, dir, bin, "-fix")
	for _, args := range [][]string{
		{"build", "./..."},
		{"vet", "./..."},
		{"test", "-count=1", "-run", "^$", "./..."}, // the tests compile
	} {
		if out, code := run(t, dir, "go", args...); code != 0 {
			t.Errorf("after -fix, go %s: exit %d\n%s", strings.Join(args, " "), code, out)
		}
	}
	if !changedAny(t, src, dir) {
		t.Errorf("-fix changed no file of %s", name)
	}

	compareFindings(t, src+".after-fix", findings(t, dir, bin))
}

// findings runs statuslint with args on ./... in dir and returns its
// findings as "file:line:col: message" lines, sorted and unique. Exit 1
// means findings; any other failure, or output other than findings, go
// vet's "# package" headers and -fix's summary, fails the test.
func findings(t *testing.T, dir, bin string, args ...string) []string {
	t.Helper()
	out, code := run(t, dir, bin, append(args, "./...")...)
	if code != 0 && code != 1 {
		t.Fatalf("statuslint %s: exit %d\n%s", strings.Join(args, " "), code, out)
	}
	var lines []string
	for s := range strings.Lines(out) {
		s = strings.TrimRight(s, "\r\n")
		l, ok := vetoutput.ParseLine(s)
		if !ok || !strings.HasSuffix(l.File, ".go") {
			if strings.HasPrefix(s, "# ") || s == "" {
				continue // go vet's package header
			}
			if slices.Contains(args, "-fix") && strings.HasPrefix(s, "statuslint: fixed ") {
				continue // -fix's summary
			}
			t.Fatalf("statuslint %s printed something other than findings: %q\n%s", strings.Join(args, " "), s, out)
		}
		lines = append(lines, l.String())
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// compareFindings compares got with the lines of the file want, or
// rewrites the file under -update.
func compareFindings(t *testing.T, want string, got []string) {
	t.Helper()
	text := strings.Join(got, "\n") + "\n"
	if *update {
		if err := os.WriteFile(want, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d findings)", want, len(got))
		return
	}
	data, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	wantLines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if slices.Equal(got, wantLines) {
		return
	}
	var missing, extra []string
	for _, l := range wantLines {
		if !slices.Contains(got, l) {
			missing = append(missing, l)
		}
	}
	for _, l := range got {
		if !slices.Contains(wantLines, l) {
			extra = append(extra, l)
		}
	}
	t.Errorf("findings differ from %s (go test -update rewrites it):\nmissing:\n\t%s\nunexpected:\n\t%s",
		want, strings.Join(missing, "\n\t"), strings.Join(extra, "\n\t"))
}

// sameFile reports whether files a and b have the same content.
func sameFile(t *testing.T, a, b string) bool {
	t.Helper()
	x, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(x, y)
}

// changedAny reports whether any .go file of module src differs in its
// copy dst.
func changedAny(t *testing.T, src, dst string) bool {
	t.Helper()
	changed := false
	err := fs.WalkDir(os.DirFS(src), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		if !sameFile(t, filepath.Join(src, path), filepath.Join(dst, path)) {
			changed = true
			return fs.SkipAll
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return changed
}
