package analyzer_test

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// fuzzHelper is the fixed second file of every fuzzed package. It gives the
// fuzzed file values in status positions that need no import of its own,
// so that the fuzzed file's imports are entirely the fuzzer's.
const fuzzHelper = `package p

import (
	"net/http"
	"net/http/httptest"
)

var (
	w    http.ResponseWriter
	r    *http.Request
	rec  *httptest.ResponseRecorder
	resp *http.Response
)

// writeJSON is a wrapper: its code reaches WriteHeader unchanged.
func writeJSON(w http.ResponseWriter, code int) { w.WriteHeader(code) }
`

// fuzzSeeds are files with literals in status positions under every way of
// naming net/http and our status package: plain, aliased, dot and blank
// imports, no import, and names shadowed by variables and other packages.
var fuzzSeeds = []string{
	`package p

import "net/http"

func f() {
	w.WriteHeader(404)
	http.Error(w, "gone", 410)
	if rec.Code == 200 {
		_ = &http.Response{StatusCode: 201}
	}
}
`,
	`package p

import (
	"fmt"
	nethttp "net/http"
)

func f() {
	http := fmt.Sprint("shadows nothing: net/http is nethttp here")
	_ = http
	nethttp.Redirect(w, r, "/", 301)
	writeJSON(w, 0x194)
}
`,
	`package p

func f() {
	w.WriteHeader(404)
	_ = rec.Code != 201
	switch resp.StatusCode {
	case 200, 204:
	case 418:
	}
}
`,
	`package p

import (
	// The standard library.
	"fmt" // formatting
	"strings"
)

var _ = strings.ToUpper

func f() {
	fmt.Println()
	w.WriteHeader((4_04))
}
`,
	`package p

import . "net/http"

func f() {
	StatusTeapot := 1
	_ = StatusTeapot
	Error(w, "", 418)
	w.WriteHeader(500)
}
`,
	`package p

import _ "net/http"

func f() { w.WriteHeader(302) }
`,
	`package p

import "github.com/statuslint/statuslint/status"

func f() {
	w.WriteHeader(status.OK)
	{
		status := 3
		_ = status
		w.WriteHeader(404)
	}
	writeJSON(w, 0o624)
}
`,
	`package p

import http "net/http/httptest"

func f() {
	_ = http.NewRecorder()
	w.WriteHeader(404)
}
`,
	`package p

import "fmt"
import "strings"

func f() {
	http, nethttp := 1, 2
	fmt.Println(strings.ToLower(""), http, nethttp)
	w.WriteHeader(+503)
	w.WriteHeader(-1)
	w.WriteHeader(499)
}
`,
	`package p

import "net/http"

func f() {
	w.WriteHeader(404) //statuslint:ignore kept for old clients
	//statuslint:ignore
	http.Error(w, "", 1000)
	w.WriteHeader(201)
}
`,
	`package p

/*
#include <stdlib.h>
*/
import "C"

func f() {
	C.free(nil)
	w.WriteHeader(404)
}
`,
	`package p

import "net/http"

func f() {
//line other.go:100
	http.Error(w, "", 404)
	writeJSON(w, 200)
}
`,
}

func FuzzFix(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	env := fuzzEnvironment(f)
	f.Fuzz(func(t *testing.T, src string) {
		env.mu.Lock()
		defer env.mu.Unlock()
		checkFixes(t, env, src)
	})
}

// TestFuzzSeeds checks that the seeds are valid, type-correct Go whose
// findings have fixes, so that FuzzFix starts from inputs that reach the
// fix logic rather than from files it skips.
func TestFuzzSeeds(t *testing.T) {
	env := fuzzEnvironment(t)
	for i, src := range fuzzSeeds {
		pkg, ok := env.load(t, src)
		if !ok {
			t.Errorf("seed %d does not type-check", i)
			continue
		}
		diags := env.analyze(t, analyzer.New(), pkg)
		env.release(pkg)
		fixes := 0
		for _, d := range diags {
			fixes += len(d.SuggestedFixes)
		}
		if len(diags) == 0 || fixes == 0 && i != 8 { // seed 8 has no safe fix
			t.Errorf("seed %d: got %d findings and %d fixes, want some of both", i, len(diags), fixes)
		}
	}
}

// checkFixes runs the analyzer on the package of src and the helper file,
// applies every suggested fix and checks the result: it parses, type-checks,
// is gofmt-clean, imports net/http at most once under each name, and every
// replaced literal now names a constant of the same value.
func checkFixes(t *testing.T, env *fuzzEnv, src string) {
	// Start from a gofmt-clean file, so that the fixed one must be too.
	formatted, err := format.Source([]byte(src))
	if err != nil {
		return // not Go
	}
	if again, err := format.Source(formatted); err != nil || !bytes.Equal(again, formatted) {
		// gofmt is not idempotent on some inputs: "//line " is a line
		// directive, kept at column 1, until gofmt trims its space and
		// indents it the next time. No fix can be gofmt-clean then.
		return
	}
	pkg, ok := env.load(t, string(formatted))
	if !ok {
		return // not a correct program: nothing to preserve
	}
	defer env.release(pkg)
	diags := env.analyze(t, analyzer.New(), pkg)

	tf := env.fset.File(pkg.Syntax[0].FileStart)
	var (
		edits    []edit
		literals = make(map[int]constant.Value) // by offset: the replaced literals' values
	)
	for _, d := range diags {
		for _, fix := range d.SuggestedFixes {
			for _, e := range fix.TextEdits {
				if env.fset.File(e.Pos) != tf {
					continue // an edit of the helper file
				}
				ed := edit{start: tf.Offset(e.Pos), end: tf.Offset(e.End), text: string(e.NewText)}
				edits = append(edits, ed)
				if ed.start == ed.end {
					continue // an import insertion
				}
				lit := string(formatted[ed.start:ed.end])
				v := constant.MakeFromLiteral(lit, token.INT, 0)
				if v.Kind() != constant.Int {
					t.Fatalf("fix %q replaces %q, not an integer literal", fix.Message, lit)
				}
				literals[ed.start] = v
			}
		}
	}
	if len(edits) == 0 {
		return
	}
	fixed, moved := apply(t, formatted, edits)

	fixedFile, err := parser.ParseFile(env.fset, "fixed.go", fixed, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("fixed file does not parse: %v\n%s", err, fixed)
	}
	defer env.fset.RemoveFile(env.fset.File(fixedFile.FileStart))
	if before, after := cgoPreamble(pkg.Syntax[0]), cgoPreamble(fixedFile); before != after {
		t.Errorf("cgo preamble %q became %q:\n%s", before, after, fixed)
	}
	if gofmt, err := format.Source(fixed); err != nil || !bytes.Equal(gofmt, fixed) {
		t.Errorf("fixed file is not gofmt-clean:\n%s", fixed)
	}
	helper, _ := parser.ParseFile(env.fset, "helper.go", fuzzHelper, parser.SkipObjectResolution)
	defer env.fset.RemoveFile(env.fset.File(helper.FileStart))
	info := &types.Info{Uses: make(map[*ast.Ident]types.Object), Types: make(map[ast.Expr]types.TypeAndValue)}
	if _, err := env.conf.Check("p", env.fset, []*ast.File{fixedFile, helper}, info); err != nil {
		t.Fatalf("fixed file does not type-check: %v\nbefore:\n%s\nafter:\n%s", err, formatted, fixed)
	}

	names := make(map[string]int)
	for _, spec := range fixedFile.Imports {
		if spec.Path.Value != strconv.Quote("net/http") {
			continue
		}
		name := "http"
		if spec.Name != nil {
			name = spec.Name.Name
		}
		if names[name]++; names[name] > 1 {
			t.Errorf("fixed file imports net/http twice as %s:\n%s", name, fixed)
		}
	}

	// Each replacement now spells a net/http or status constant of the
	// literal's value.
	ftf := env.fset.File(fixedFile.FileStart)
	ast.Inspect(fixedFile, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		start := ftf.Offset(e.Pos())
		orig, ok := moved[start]
		if !ok || ftf.Offset(e.End()) != start+len(orig.text) {
			return true
		}
		delete(moved, start)
		id, ok := e.(*ast.Ident)
		if sel, isSel := e.(*ast.SelectorExpr); isSel {
			id, ok = sel.Sel, true
		}
		if !ok {
			t.Errorf("replacement %q is a %T, not a constant's name", orig.text, e)
			return false
		}
		c, ok := info.Uses[id].(*types.Const)
		if !ok || c.Pkg() == nil || c.Pkg().Path() != "net/http" && c.Pkg().Path() != "github.com/statuslint/statuslint/status" {
			t.Errorf("replacement %q names %v, not a net/http or status constant:\n%s", orig.text, info.Uses[id], fixed)
			return false
		}
		if want := literals[orig.start]; !constant.Compare(c.Val(), token.EQL, want) {
			t.Errorf("replacement %q is %v, want %v", orig.text, c.Val(), want)
		}
		return false
	})
	for _, orig := range moved {
		t.Errorf("replacement %q at offset %d is not an expression of the fixed file:\n%s", orig.text, orig.start, fixed)
	}
}

// cgoPreamble returns the doc comment of file's import "C", or "".
func cgoPreamble(file *ast.File) string {
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT || gd.Doc == nil {
			continue
		}
		for _, spec := range gd.Specs {
			if spec.(*ast.ImportSpec).Path.Value == `"C"` {
				return gd.Doc.Text()
			}
		}
	}
	return ""
}

// An edit is a suggested text edit as byte offsets of the fuzzed file.
type edit struct {
	start, end int
	text       string
}

// apply applies edits to src as -fix does: identical edits once, others
// must not overlap. It returns the result and the replacements (not the
// insertions) by their offset in it.
func apply(t *testing.T, src []byte, edits []edit) ([]byte, map[int]edit) {
	slices.SortFunc(edits, func(a, b edit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), strings.Compare(a.text, b.text))
	})
	edits = slices.Compact(edits)
	var (
		out   bytes.Buffer
		moved = make(map[int]edit)
		last  = 0
	)
	for i, e := range edits {
		if e.start < last || i > 0 && e.start == edits[i-1].start && e.end == e.start {
			t.Fatalf("conflicting edits %+v and %+v", edits[i-1], e)
		}
		out.Write(src[last:e.start])
		if e.start != e.end {
			moved[out.Len()] = e
		}
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), moved
}

// fuzzEnv type-checks fuzzed packages against export data of the standard
// library and our status package, read once per process. Parsed files are
// removed from the shared file set after use, to keep its memory bounded
// over millions of iterations.
type fuzzEnv struct {
	mu   sync.Mutex
	fset *token.FileSet
	conf types.Config
}

var (
	fuzzEnvOnce sync.Once
	fuzzEnvVal  *fuzzEnv
	fuzzEnvErr  error
)

// fuzzEnvironment returns the process's environment, or skips without go.
func fuzzEnvironment(tb testing.TB) *fuzzEnv {
	fuzzEnvOnce.Do(func() { fuzzEnvVal, fuzzEnvErr = newFuzzEnv() })
	if fuzzEnvErr != nil {
		tb.Fatal(fuzzEnvErr)
	}
	return fuzzEnvVal
}

func newFuzzEnv() (*fuzzEnv, error) {
	// go list -export builds (or finds in the cache) the export data of
	// every package a fuzzed file may import, and their dependencies.
	cmd := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}",
		"fmt", "strings", "net/http", "net/http/httptest", "github.com/statuslint/statuslint/status")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export: %v", err)
	}
	exports := make(map[string]string)
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if path, file, ok := strings.Cut(sc.Text(), "\t"); ok && file != "" {
			exports[path] = file
		}
	}
	lookup := func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("package %s is not available to fuzzed files", path)
		}
		return os.Open(file)
	}
	fset := token.NewFileSet()
	return &fuzzEnv{
		fset: fset,
		// FakeImportC type-checks cgo files as written, as gopls does.
		conf: types.Config{Importer: importer.ForCompiler(fset, "gc", lookup), FakeImportC: true},
	}, nil
}

// load parses and type-checks src with the helper file as package p,
// reporting false if it is not a correct program.
func (env *fuzzEnv) load(t testing.TB, src string) (*packages.Package, bool) {
	pkg := &packages.Package{ID: "p", Name: "p", PkgPath: "p", Fset: env.fset, TypesSizes: types.SizesFor("gc", "amd64")}
	for _, f := range [...]struct{ name, src string }{{"fuzz.go", src}, {"helper.go", fuzzHelper}} {
		file, err := parser.ParseFile(env.fset, f.name, f.src, parser.ParseComments|parser.SkipObjectResolution)
		if file != nil {
			pkg.Syntax = append(pkg.Syntax, file)
		}
		if err != nil {
			env.release(pkg)
			return nil, false
		}
	}
	pkg.TypesInfo = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	var err error
	pkg.Types, err = env.conf.Check(pkg.PkgPath, env.fset, pkg.Syntax, pkg.TypesInfo)
	if err != nil {
		env.release(pkg)
		return nil, false
	}
	return pkg, true
}

// release removes pkg's files from the shared file set.
func (env *fuzzEnv) release(pkg *packages.Package) {
	for _, f := range pkg.Syntax {
		// FileStart, unlike Pos, is set even when the package clause is missing.
		if tf := env.fset.File(f.FileStart); tf != nil {
			env.fset.RemoveFile(tf)
		}
	}
}

// analyze runs a on pkg with the analysis checker, as a driver does.
func (env *fuzzEnv) analyze(t testing.TB, a *analysis.Analyzer, pkg *packages.Package) []analysis.Diagnostic {
	diags, err := env.analyzeErr(t, a, pkg)
	if err != nil {
		t.Fatalf("analysis failed: %v", err)
	}
	return diags
}

// analyzeErr is analyze, returning the analysis's error.
func (env *fuzzEnv) analyzeErr(t testing.TB, a *analysis.Analyzer, pkg *packages.Package) ([]analysis.Diagnostic, error) {
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, []*packages.Package{pkg}, nil)
	if err != nil {
		t.Fatal(err)
	}
	root := graph.Roots[0]
	return root.Diagnostics, root.Err
}

// fuzzFlags are the analyzer's flags, chosen by the fuzzer's index.
var fuzzFlags = []string{analyzer.FlagAllow, analyzer.FlagFuncs, analyzer.FlagConstants, analyzer.FlagNonstandard}

// FuzzFlags sets one analyzer flag to any value, as the command line and
// golangci-lint's settings (through NewWithConfig) do. Neither may panic; an
// error must name the flag and the offending entry; an accepted value must
// survive a round trip through its String form and configure an analyzer
// that runs, or fails on a -funcs entry naming nothing in the package
// analysed with an error that names the flag and the entry.
func FuzzFlags(f *testing.F) {
	for _, seed := range []struct {
		flag  int
		value string
	}{
		{0, "200,404"}, {0, "abc"}, {0, "99"}, {0, " 404 , ,500"}, {0, "1e3"}, {0, "99999999999999999999"}, {0, "+404,-404"},
		{1, "github.com/acme/api.Error:1"}, {1, "gopkg.in/yaml.v3.Marshal:0"}, {1, "net/http.Error"}, {1, ".Error:1"},
		{1, "net/http.:1"}, {1, "net/http.ResponseWriter.WriteHeader:0, p.writeJSON:1"}, {1, "a.b:-1"}, {1, "p.T.M.N:0"},
		{2, "status"}, {2, "net/http"}, {2, "NET/HTTP"}, {2, ""},
		{3, "maybe"}, {3, "true"},
	} {
		f.Add(uint8(seed.flag), seed.value)
	}
	env := fuzzEnvironment(f)
	f.Fuzz(func(t *testing.T, which uint8, value string) {
		name := fuzzFlags[int(which)%len(fuzzFlags)]

		// The command line.
		a := analyzer.New()
		a.Flags.SetOutput(io.Discard)
		err := a.Flags.Parse([]string{"-" + name + "=" + value})
		if err != nil {
			checkNamesEntry(t, name, value, err)
		} else {
			// An accepted value reads back as one that parses to itself.
			got := a.Flags.Lookup(name).Value.String()
			b := analyzer.New()
			if err := b.Flags.Set(name, got); err != nil {
				t.Fatalf("-%s=%q was accepted, but its String form %q is not: %v", name, value, got, err)
			}
			if again := b.Flags.Lookup(name).Value.String(); again != got {
				t.Fatalf("-%s=%q reads back as %q, then as %q", name, value, got, again)
			}
			env.mu.Lock()
			defer env.mu.Unlock()
			pkg, ok := env.load(t, "package p\n")
			if !ok {
				t.Fatal("the helper package does not type-check")
			}
			defer env.release(pkg)
			if _, err := env.analyzeErr(t, a, pkg); err != nil {
				// A -funcs entry naming nothing in p ("p.T.M.N:0")
				// is an error in p's analysis: named like the others.
				checkNamesEntry(t, name, value, err)
			}
		}

		// golangci-lint's settings, which arrive as a Config.
		cfg := analyzer.DefaultConfig()
		switch name {
		case analyzer.FlagAllow:
			for field := range strings.SplitSeq(value, ",") {
				if code, err := strconv.Atoi(strings.TrimSpace(field)); err == nil {
					cfg.Allow = append(cfg.Allow, code)
				}
			}
		case analyzer.FlagFuncs:
			cfg.Funcs = strings.Split(value, ",")
		case analyzer.FlagConstants:
			cfg.Constants = analyzer.Constants(value)
		default:
			return // a bool: nothing to malform
		}
		if _, err := analyzer.NewWithConfig(cfg); err != nil {
			checkNamesEntry(t, name, value, err)
		}
	})
}

// checkNamesEntry checks that err, the rejection of -name=value, names the
// flag and one entry of value, quoted or, for a code, as a number.
func checkNamesEntry(t *testing.T, name, value string, err error) {
	msg := err.Error()
	if !strings.Contains(msg, "-"+name) {
		t.Errorf("-%s=%q: error %q does not name the flag", name, value, msg)
	}
	entries := []string{value}
	if name == analyzer.FlagAllow || name == analyzer.FlagFuncs {
		entries = strings.Split(value, ",")
	}
	for _, e := range entries {
		if strings.Contains(msg, strconv.Quote(e)) || strings.Contains(msg, strconv.Quote(strings.TrimSpace(e))) {
			return
		}
		if code, err := strconv.Atoi(strings.TrimSpace(e)); err == nil && strings.Contains(msg, strconv.Itoa(code)) {
			return
		}
	}
	t.Errorf("-%s=%q: error %q names no entry of the value", name, value, msg)
}
