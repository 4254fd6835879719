package status_test

import (
	"bytes"
	"go/ast"
	"go/build"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/status"
)

func TestClassOf(t *testing.T) {
	tests := []struct {
		code int
		want status.Class
	}{
		{-1, status.NoClass},
		{0, status.NoClass},
		{99, status.NoClass},
		{100, status.Informational},
		{199, status.Informational},
		{200, status.Success},
		{299, status.Success},
		{300, status.Redirect},
		{399, status.Redirect},
		{400, status.ClientError},
		{499, status.ClientError},
		{500, status.ServerError},
		{599, status.ServerError},
		{600, status.NoClass},
		{1000, status.NoClass},
	}
	// Each helper must agree with ClassOf, so one table of edges covers all.
	helpers := []struct {
		name  string
		is    func(int) bool
		class status.Class
	}{
		{"IsInformational", status.IsInformational, status.Informational},
		{"IsSuccess", status.IsSuccess, status.Success},
		{"IsRedirect", status.IsRedirect, status.Redirect},
		{"IsClientError", status.IsClientError, status.ClientError},
		{"IsServerError", status.IsServerError, status.ServerError},
	}
	for _, tt := range tests {
		if got := status.ClassOf(tt.code); got != tt.want {
			t.Errorf("ClassOf(%d): got %v, want %v", tt.code, got, tt.want)
		}
		for _, h := range helpers {
			if got, want := h.is(tt.code), tt.want == h.class; got != want {
				t.Errorf("%s(%d): got %v, want %v", h.name, tt.code, got, want)
			}
		}
	}
}

func TestClassString(t *testing.T) {
	tests := []struct {
		class status.Class
		want  string
	}{
		{status.NoClass, "Class(0)"},
		{status.Informational, "Informational"},
		{status.Success, "Successful"},
		{status.Redirect, "Redirection"},
		{status.ClientError, "Client Error"},
		{status.ServerError, "Server Error"},
		{status.Class(9), "Class(9)"},
	}
	for _, tt := range tests {
		if got := tt.class.String(); got != tt.want {
			t.Errorf("Class(%d).String(): got %q, want %q", int(tt.class), got, tt.want)
		}
	}
}

// TestNetHTTP checks the registry and the constants against every Status
// constant of the net/http package in the Go installation running the
// test, read from its source, so that a new Go release cannot add a code
// we lack without this test failing.
func TestNetHTTP(t *testing.T) {
	bp, err := build.Import("net/http", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	httpConsts := intConsts(t, bp)
	ours := intConsts(t, ownPackage(t))

	n := 0
	for name, code := range httpConsts {
		if !strings.HasPrefix(name, "Status") {
			continue // not a status code
		}
		n++
		e, ok := status.Lookup(int(code))
		if !ok {
			t.Errorf("Lookup(%d) for net/http.%s: got ok false, want true", code, name)
		} else if e.HTTPName != name {
			t.Errorf("Lookup(%d).HTTPName: got %q, want %q", code, e.HTTPName, name)
		}
		short := strings.TrimPrefix(name, "Status")
		if got, ok := ours[short]; !ok {
			t.Errorf("status.%s: missing, want a constant like net/http.%s = %d", short, name, code)
		} else if got != code {
			t.Errorf("status.%s: got %d, want %d like net/http.%s", short, got, code, name)
		}
	}
	// Guard against the parse silently finding nothing.
	if n < 60 {
		t.Errorf("net/http Status constants found in %s: got %d, want at least 60", bp.Dir, n)
	}

	// The converse: a recorded net/http name must still exist there.
	for e := range status.Entries() {
		if e.HTTPName == "" {
			continue // a code net/http does not name
		}
		if got, ok := httpConsts[e.HTTPName]; !ok || got != int64(e.Code) {
			t.Errorf("net/http.%s: got %d (declared %v), want %d", e.HTTPName, got, ok, e.Code)
		}
	}
}

// TestConstants checks that the registry lists exactly the package's
// exported int constants, each under its own code.
func TestConstants(t *testing.T) {
	consts := intConsts(t, ownPackage(t))
	listed := make(map[string]int)
	for e := range status.Entries() {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if prev, dup := listed[name]; dup {
				t.Errorf("name %s: listed for %d and %d", name, prev, e.Code)
			}
			listed[name] = e.Code
			if got, ok := consts[name]; !ok {
				t.Errorf("status.%s (registry entry %d): no such constant", name, e.Code)
			} else if got != int64(e.Code) {
				t.Errorf("status.%s: got %d, want %d", name, got, e.Code)
			}
		}
	}
	for name, code := range consts {
		if _, ok := listed[name]; !ok {
			t.Errorf("status.%s = %d: not in the registry", name, code)
		}
	}
}

// renamedPhrases lists the codes whose IANA reason phrase differs from
// http.StatusText, which still uses the phrases of RFC 7231 and earlier.
var renamedPhrases = map[int]string{
	413: "Content Too Large",     // net/http: Request Entity Too Large
	414: "URI Too Long",          // net/http: Request URI Too Long
	416: "Range Not Satisfiable", // net/http: Requested Range Not Satisfiable
	422: "Unprocessable Content", // net/http: Unprocessable Entity
}

func TestText(t *testing.T) {
	for code := 100; code <= 599; code++ {
		httpText := http.StatusText(code)
		if httpText == "" {
			continue // a code net/http does not name, such as 306
		}
		if _, ok := status.Lookup(code); !ok {
			t.Errorf("Lookup(%d) (%q in net/http): got ok false, want true", code, httpText)
		}
		want := httpText
		if phrase, ok := renamedPhrases[code]; ok {
			if phrase == httpText {
				t.Errorf("renamedPhrases[%d]: net/http now says %q too; remove the exception", code, phrase)
			}
			want = phrase
		}
		if got := status.Text(code); got != want {
			t.Errorf("Text(%d): got %q, want %q", code, got, want)
		}
	}
	for _, code := range []int{-1, 0, 99, 104, 306, 419, 499, 599, 600, 1000} {
		if got := status.Text(code); got != "" {
			t.Errorf("Text(%d): got %q, want %q", code, got, "")
		}
	}
}

func TestRegistry(t *testing.T) {
	prev := 0
	var codes []int
	for e := range status.Entries() {
		codes = append(codes, e.Code)
		if e.Code <= prev {
			t.Errorf("Entries: %d after %d, want strictly increasing codes", e.Code, prev)
		}
		prev = e.Code
		if e.Name == "" || e.Phrase == "" || !strings.HasPrefix(e.Spec, "RFC ") {
			t.Errorf("entry %d: got %+v, want a name, a phrase and an RFC section", e.Code, e)
		}
		if got := e.Class(); got == status.NoClass || got != status.ClassOf(e.Code) {
			t.Errorf("entry %d: Class() got %v, want %v", e.Code, got, status.ClassOf(e.Code))
		}
		got, ok := status.Lookup(e.Code)
		if !ok || !reflect.DeepEqual(got, e) {
			t.Errorf("Lookup(%d): got %+v, %v, want %+v, true", e.Code, got, ok, e)
		}
	}

	// Every code outside the registry, including negative and huge ones,
	// must miss rather than index out of range.
	named := make(map[int]bool)
	for _, c := range codes {
		named[c] = true
	}
	for code := -10; code <= 1100; code++ {
		if _, ok := status.Lookup(code); ok != named[code] {
			t.Errorf("Lookup(%d): got ok %v, want %v", code, ok, named[code])
		}
	}

	// The iterator must stop when the loop does.
	n := 0
	for range status.Entries() {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("entries seen before break: got %d, want 3", n)
	}
}

func TestLookupAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		status.Lookup(404)
		status.Lookup(499)
		status.Text(413)
	})
	if allocs != 0 {
		t.Errorf("allocations per Lookup: got %v, want 0", allocs)
	}
}

// TestGenerated fails when registry_gen.go is stale: it runs the generator
// into a temporary file and compares the bytes.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	goCmd, err := exec.LookPath("go") // go test puts its own go first in PATH
	if err != nil {
		t.Skip(err)
	}
	out := filepath.Join(t.TempDir(), "registry_gen.go")
	cmd := exec.Command(goCmd, "run", "gen.go", "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, msg)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("registry_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("registry_gen.go is stale: run go generate ./status")
	}
}

func BenchmarkLookup(b *testing.B) {
	codes := []int{200, 404, 413, 499, 511, 1000, -1}
	b.ReportAllocs()
	for b.Loop() {
		for _, code := range codes {
			status.Lookup(code)
		}
	}
}

// ownPackage returns the build information of the status package itself,
// without its tests and generator.
func ownPackage(t *testing.T) *build.Package {
	t.Helper()
	bp, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	return bp
}

// intConsts returns the exported integer constants of the package bp by
// name, from its source.
//
// The files are type-checked without their imports: the constants sought
// are plain literals or aliases of one another, and loading net/http's
// dependencies from source would take seconds. A constant whose value
// could not be computed without them fails the test.
func intConsts(t *testing.T, bp *build.Package) map[string]int64 {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	conf := types.Config{Error: func(error) {}} // errors from the missing imports
	pkg, _ := conf.Check(bp.ImportPath, fset, files, nil)
	consts := make(map[string]int64)
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !c.Exported() || c.Type() != types.Typ[types.UntypedInt] {
			continue // not an untyped int constant such as a status code
		}
		v, ok := constant.Int64Val(c.Val())
		if !ok {
			t.Fatalf("%s.%s: value %s unknown without imports", bp.Name, name, c.Val())
		}
		consts[name] = v
	}
	return consts
}
