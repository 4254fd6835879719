package main_test

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/vetoutput"
)

// TestSkipDependencies runs go vet on testdata/e2e/reach/app, whose
// dependencies go vet analyses only for their facts, with the command and
// with a build of it that analyses every unit (internal/vettool's skipUnits
// off): the findings must be the same, and the packages that cannot reach a
// status position must have been skipped. The dependencies pass positions
// on in the ways a skip could lose: a type of another package that embeds
// http.ResponseWriter, an interface of another package, a method, a chain
// of wrappers through a package that does not import net/http, a -funcs
// position in a package that imports nothing, fasthttp's positions, and
// slots: a field set in a positional literal that names only its type, and
// the result of a named func type.
func TestSkipDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command twice and runs the go command")
	}
	dir := t.TempDir()
	// The vet tool keeps the vetx files it rebuilds in the user's cache
	// directory: a new one, which the last run finds filled.
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	skipping := buildVariant(t, dir, "statuslint")
	analysing := buildVariant(t, dir, "statuslint-noskip", "-ldflags=-X=github.com/statuslint/statuslint/internal/vettool.skipUnits=off")
	const funcs = "-funcs=example.com/reach/api.Respond:0"
	want := []string{
		"app/app.go:24: bare HTTP status code 404, use http.StatusNotFound",
		"app/app.go:25: bare HTTP status code 503, use http.StatusServiceUnavailable",
		"app/app.go:26: bare HTTP status code 409, use http.StatusConflict",
		"app/app.go:27: bare HTTP status code 418, use http.StatusTeapot",
		"app/app.go:28: bare HTTP status code 500, use http.StatusInternalServerError",
		"app/app.go:29: bare HTTP status code 502, use http.StatusBadGateway",
		"app/app.go:30: bare HTTP status code 504, use http.StatusGatewayTimeout",
		"app/app.go:32: bare HTTP status code 410, use http.StatusGone",
		"app/app.go:33: bare HTTP status code 451, use http.StatusUnavailableForLegalReasons",
		"app/app.go:40: invalid HTTP status code 0: net/http panics on codes outside 100-999",
	}
	// net/http's facts come from analyzer's table of the standard library
	// on the release it covers; elsewhere it is analysed.
	analysed := []string{"example.com/reach/b", "example.com/reach/c", "example.com/reach/d", "example.com/reach/api", "example.com/reach/apiwrap", "example.com/reach/fh", "example.com/reach/g", "github.com/valyala/fasthttp",
		// They reach a status only through a slot of another package: a
		// field set in a positional literal, a named func type's result.
		"example.com/reach/table", "example.com/reach/expect", "example.com/reach/handler", "example.com/reach/fixed"}
	skippedUnits := []string{"example.com/reach/util", "strings", "example.com/reach/hdr", "example.com/reach/h"}
	if v := runtime.Version(); v == analyzer.StdCovered || strings.HasPrefix(v, analyzer.StdCovered+".") {
		skippedUnits = append(skippedUnits, "net/http")
	} else {
		analysed = append(analysed, "net/http")
	}
	for _, test := range []struct {
		name    string
		bin     string
		skipped []string // packages whose vet units must have been skipped
	}{
		{"skipping", skipping, skippedUnits},
		{"analysing every unit", analysing, nil},
	} {
		t.Run(test.name, func(t *testing.T) {
			mod := copyE2EModule(t, "reach")
			out, code := run(t, mod, "go", "vet", "-work", "-vettool="+test.bin, funcs, "./app")
			if code != 1 {
				t.Errorf("exit %d, want 1 (findings)", code)
			}
			if got := lineFindings(out); !slices.Equal(got, want) {
				t.Errorf("findings:\n got %q\nwant %q\noutput:\n%s", got, want, out)
			}
			units := vetUnits(t, out)
			t.Cleanup(func() { os.RemoveAll(workDir(out)) })
			for _, path := range analysed {
				if units[path] == 0 {
					t.Errorf("%s: vetx without types, want it analysed", path)
				}
			}
			for _, path := range test.skipped {
				if size, ok := units[path]; !ok || size != 0 {
					t.Errorf("%s: vetx with %d bytes of types (found %v), want it skipped", path, size, ok)
				}
			}
			if test.skipped == nil {
				for path, size := range units {
					if size == 0 {
						t.Errorf("%s: vetx without types, want every unit analysed", path)
					}
				}
			}
		})
	}

	entries, _ := filepath.Glob(filepath.Join(cache, "statuslint", "vetx", "??", "*"))
	if len(entries) == 0 {
		t.Errorf("no rebuilt vetx file in the cache %s", cache)
	}

	// Without -funcs, apiwrap reaches nothing and is skipped, and its
	// call is not a finding. A new binary again, which rebuilds nothing
	// the first found.
	mod := copyE2EModule(t, "reach")
	again := buildVariant(t, dir, "statuslint-again")
	out, _ := run(t, mod, "go", "vet", "-work", "-vettool="+again, "./app")
	units := vetUnits(t, out)
	t.Cleanup(func() { os.RemoveAll(workDir(out)) })
	if got, want := lineFindings(out), slices.Delete(slices.Clone(want), 4, 5); !slices.Equal(got, want) {
		t.Errorf("without -funcs: findings:\n got %q\nwant %q", got, want)
	}
	if size, ok := units["example.com/reach/apiwrap"]; !ok || size != 0 {
		t.Errorf("without -funcs: apiwrap's vetx has %d bytes of types (found %v), want it skipped", size, ok)
	}
}

// buildVariant builds the command into dir/name with extra go build flags. It
// appends a few bytes to the binary, a new tool ID for go vet, so that go
// vet runs it on every unit instead of reusing earlier runs' results.
func buildVariant(t *testing.T, dir, name string, flags ...string) string {
	t.Helper()
	bin := filepath.Join(dir, name)
	args := append(append([]string{"build", "-o", bin}, flags...), ".")
	if out, err := exec.Command("go", args...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	f, err := os.OpenFile(bin, os.O_WRONLY|os.O_APPEND, 0)
	if err == nil {
		_, err = fmt.Fprintf(f, "\n%s %d\n", t.Name(), time.Now().UnixNano())
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// lineFindings returns the diagnostics in go vet's output out as sorted
// "file:line: message".
func lineFindings(out string) []string {
	var got []string
	for _, d := range vetoutput.Lines(out) {
		got = append(got, fmt.Sprintf("%s:%d: %s", d.File, d.Line, d.Message))
	}
	slices.Sort(got)
	return got
}

var workLine = regexp.MustCompile(`(?m)^WORK=(\S+)$`)

// workDir returns the work directory that go vet -work printed in out.
func workDir(out string) string {
	if m := workLine.FindStringSubmatch(out); m != nil {
		return m[1]
	}
	return ""
}

// vetUnits returns the size of the types in the vetx file of every vet
// unit that the go vet -work run of out ran, by package path, from the
// work directory: 0 for a skipped unit, which writes only facts.
func vetUnits(t *testing.T, out string) map[string]int64 {
	t.Helper()
	work := workDir(out)
	if work == "" {
		t.Fatalf("go vet -work printed no WORK= line:\n%s", out)
	}
	cfgs, err := filepath.Glob(filepath.Join(work, "b*", "vet.cfg"))
	if err != nil || len(cfgs) == 0 {
		t.Fatalf("no vet.cfg in %s (%v)", work, err)
	}
	units := make(map[string]int64)
	for _, file := range cfgs {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var cfg struct{ ImportPath, VetxOutput string }
		if err := json.Unmarshal(data, &cfg); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		vetx, err := os.ReadFile(cfg.VetxOutput)
		if err != nil {
			t.Errorf("%s: %v", cfg.ImportPath, err)
			continue
		}
		if strings.HasSuffix(cfg.ImportPath, ".test") {
			continue
		}
		if len(vetx) < 12 || string(vetx[:4]) != "vetx" {
			t.Errorf("%s: not a vetx file: %q", cfg.ImportPath, vetx)
			continue
		}
		units[cfg.ImportPath] = int64(binary.LittleEndian.Uint32(vetx[4:8]))
	}
	return units
}
