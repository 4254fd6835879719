package analyzer

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/status"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// The property that matters most: every rewrite of a range or class check
// gives the same boolean as the check written, for every int from -1 to
// 1000. The tests below check it twice: on the arithmetic of bounds
// (spellBound, classOf), and on the text of the fixes that the analyzer
// suggests, run on thousands of generated checks and evaluated.

const lowest, highest = -1, 1000

var orderings = []token.Token{token.LSS, token.LEQ, token.GTR, token.GEQ}

func compareInts(c int64, op token.Token, v int64) bool {
	switch op {
	case token.LSS:
		return c < v
	case token.LEQ:
		return c <= v
	case token.GTR:
		return c > v
	case token.GEQ:
		return c >= v
	}
	panic(op)
}

// TestSpellBoundExact checks that every bound rewritten to a registered
// code keeps its meaning, and that the code is registered.
func TestSpellBoundExact(t *testing.T) {
	rewritten := 0
	for _, op := range orderings {
		for v := int64(lowest); v <= highest+1; v++ {
			newOp, newV, ok := spellBound(op, v)
			if !ok {
				continue
			}
			if !registered(newV) {
				t.Fatalf("spellBound(%s, %d) = %s %d, an unregistered code", op, v, newOp, newV)
			}
			if newOp != op || newV != v {
				rewritten++
			}
			for c := int64(lowest); c <= highest; c++ {
				if compareInts(c, op, v) != compareInts(c, newOp, newV) {
					t.Fatalf("c %s %d rewritten to c %s %d: differ at c = %d", op, v, newOp, newV, c)
				}
			}
		}
	}
	if rewritten == 0 {
		t.Fatal("no bound was rewritten to the other form: the test checks nothing")
	}
}

// TestClassOfExact checks that every pair of bounds classOf takes for a
// class (or its complement) is exactly that, and that each class is found
// in the forms people write.
func TestClassOfExact(t *testing.T) {
	helpers := [...]func(int) bool{1: status.IsInformational, 2: status.IsSuccess, 3: status.IsRedirect, 4: status.IsClientError, 5: status.IsServerError}
	found := make(map[string]bool)
	for _, join := range []token.Token{token.LAND, token.LOR} {
		for _, opA := range orderings {
			for a := int64(90); a <= 610; a++ {
				for _, opB := range orderings {
					for b := int64(90); b <= 610; b++ {
						k, negated, ok := classOf(join, opA, a, opB, b)
						if !ok {
							continue
						}
						found[fmt.Sprint(k, negated)] = true
						for c := int64(lowest); c <= highest; c++ {
							x, y := compareInts(c, opA, a), compareInts(c, opB, b)
							written := x && y
							if join == token.LOR {
								written = x || y
							}
							if got := helpers[k](int(c)) != negated; got != written {
								t.Fatalf("c %s %d %s c %s %d taken for class %d (negated %v): differs at c = %d", opA, a, join, opB, b, k, negated, c)
							}
						}
					}
				}
			}
		}
	}
	if len(found) != 10 {
		t.Errorf("classes found: %v, want each of the five and its negation", found)
	}
}

// fakeHTTP stands in for net/http: positions are resolved by package path
// and name, so a package with the same path and members is enough, and
// the test needs no type-checking of the real one.
const fakeHTTP = `package http
type Response struct{ StatusCode int }
type ResponseWriter interface{ WriteHeader(int) }
`

// runOn runs a fresh analyzer configured by cfg on one file that imports
// net/http, and returns its diagnostics and the file.
func runOn(t *testing.T, cfg Config, src string) ([]analysis.Diagnostic, *token.File) {
	t.Helper()
	fset := token.NewFileSet()
	check := func(path, name, src string, imp types.Importer) (*types.Package, *types.Info, *ast.File) {
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{
			Types: make(map[ast.Expr]types.TypeAndValue), Defs: make(map[*ast.Ident]types.Object),
			Uses: make(map[*ast.Ident]types.Object), Selections: make(map[*ast.SelectorExpr]*types.Selection),
			Scopes: make(map[ast.Node]*types.Scope), Implicits: make(map[ast.Node]types.Object),
		}
		conf := types.Config{Importer: imp}
		pkg, err := conf.Check(path, fset, []*ast.File{f}, info)
		if err != nil {
			t.Fatal(err)
		}
		return pkg, info, f
	}
	http, _, _ := check("net/http", "http.go", fakeHTTP, nil)
	imp := importerFunc(func(path string) (*types.Package, error) {
		if path == "net/http" {
			return http, nil
		}
		return nil, fmt.Errorf("no package %s", path)
	})
	pkg, info, file := check("p", "p.go", src, imp)
	a, err := NewWithConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:          a,
		Fset:              fset,
		Files:             []*ast.File{file},
		Pkg:               pkg,
		TypesInfo:         info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		ResultOf:          map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New([]*ast.File{file})},
		Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
		ExportPackageFact: func(analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
	}
	if _, err := a.Run(pass); err != nil {
		t.Fatal(err)
	}
	return diags, fset.File(file.Pos())
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestRangeFixesExact generates range and class checks of every form, runs
// the analyzer on them with each fix target, applies each suggested fix
// to its check and evaluates both for every int from -1 to 1000.
func TestRangeFixesExact(t *testing.T) {
	const s = "resp.StatusCode"
	var checks []string
	side := func(op token.Token, v int64, left bool) string {
		if left {
			return fmt.Sprintf("%s %s %d", s, op, v)
		}
		return fmt.Sprintf("%d %s %s", v, op, s)
	}
	// One bound, every value around the codes.
	for _, op := range orderings {
		for v := int64(95); v <= 1005; v++ {
			checks = append(checks, side(op, v, true), side(op, v, false))
		}
	}
	// Two bounds, around the class boundaries, joined both ways.
	values := []int64{99, 100, 199, 200, 201, 299, 300, 399, 400, 404, 499, 500, 599, 600}
	var bounds []string
	for _, op := range orderings {
		for _, v := range values {
			bounds = append(bounds, side(op, v, true), side(op, v, false))
		}
	}
	for _, a := range bounds {
		for _, b := range bounds {
			checks = append(checks, a+" && "+b, a+" || "+b, "("+a+") && ("+b+")")
		}
	}
	// Division by 100.
	for k := 0; k <= 7; k++ {
		for _, op := range []string{"==", "!="} {
			checks = append(checks, fmt.Sprintf("%s/100 %s %d", s, op, k), fmt.Sprintf("%d %s %s/100", k, op, s))
		}
	}

	var src strings.Builder
	src.WriteString("package p\n\nimport \"net/http\"\n\nfunc f(resp *http.Response) []bool {\n\treturn []bool{\n")
	const firstLine = 7
	starts := make([]int, len(checks))
	for i, c := range checks {
		starts[i] = src.Len() + 2
		fmt.Fprintf(&src, "\t\t%s,\n", c)
	}
	src.WriteString("\t}\n}\n")

	for _, constants := range []Constants{ConstantsNetHTTP, ConstantsStatus} {
		t.Run(string(constants), func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Constants = constants
			diags, tf := runOn(t, cfg, src.String())
			edits := make(map[int][]analysis.TextEdit) // by check
			var fixes, helpers int
			for _, d := range diags {
				if len(d.SuggestedFixes) != 1 {
					continue // no fix: nothing rewritten
				}
				fixes++
				for _, e := range d.SuggestedFixes[0].TextEdits {
					if strings.Contains(string(e.NewText), "import") {
						continue // the import, checked by the fixtures
					}
					if strings.Contains(string(e.NewText), ".Is") {
						helpers++
					}
					line := tf.Line(e.Pos) - firstLine
					edits[line] = append(edits[line], e)
				}
			}
			if fixes < 1000 || constants == ConstantsStatus && helpers < 20 {
				t.Fatalf("%d fixes, %d to a helper: the generated checks should give many of each", fixes, helpers)
			}
			text := src.String()
			for i, check := range checks {
				es := edits[i]
				if len(es) == 0 {
					continue
				}
				start := starts[i]
				fixed := applyEdits(tf, text, es, start, start+len(check))
				if err := sameForEveryInt(check, fixed); err != nil {
					t.Errorf("%s rewritten to %s: %v", check, fixed, err)
				}
			}
		})
	}
}

// applyEdits applies edits, in tf, whose text is text, to text[start:end]
// and returns the result.
func applyEdits(tf *token.File, text string, edits []analysis.TextEdit, start, end int) string {
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
	s := text[start:end]
	for _, e := range edits {
		from, to := tf.Offset(e.Pos)-start, tf.Offset(e.End)-start
		if from < 0 || to > len(s) {
			panic(fmt.Sprintf("edit %d-%d outside the check %q", from, to, s))
		}
		s = s[:from] + string(e.NewText) + s[to:]
	}
	return s
}

// sameForEveryInt reports where the checks a and b, in resp.StatusCode,
// differ.
func sameForEveryInt(a, b string) error {
	ea, err := compile(a)
	if err != nil {
		return err
	}
	eb, err := compile(b)
	if err != nil {
		return err
	}
	for c := int64(lowest); c <= highest; c++ {
		if ea(c) != eb(c) {
			return fmt.Errorf("differ at %d", c)
		}
	}
	return nil
}

// compile turns a check in resp.StatusCode, written with literals,
// net/http's or our constants and our helpers, into a function of it.
func compile(src string) (func(int64) int64, error) {
	e, err := parser.ParseExpr(src)
	if err != nil {
		return nil, err
	}
	return compileExpr(e)
}

var helperFuncs = map[string]func(int) bool{
	"IsInformational": status.IsInformational, "IsSuccess": status.IsSuccess, "IsRedirect": status.IsRedirect,
	"IsClientError": status.IsClientError, "IsServerError": status.IsServerError,
}

// compileExpr compiles e; booleans are 0 and 1.
func compileExpr(e ast.Expr) (func(int64) int64, error) {
	b2i := func(b bool) int64 {
		if b {
			return 1
		}
		return 0
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return compileExpr(e.X)
	case *ast.BasicLit:
		v, err := strconv.ParseInt(e.Value, 0, 64)
		return func(int64) int64 { return v }, err
	case *ast.SelectorExpr:
		if types.ExprString(e) == "resp.StatusCode" {
			return func(c int64) int64 { return c }, nil
		}
		for entry := range status.Entries() {
			if e.Sel.Name == entry.HTTPName || e.Sel.Name == entry.Name {
				v := int64(entry.Code)
				return func(int64) int64 { return v }, nil
			}
		}
	case *ast.UnaryExpr:
		x, err := compileExpr(e.X)
		if err != nil || e.Op != token.NOT {
			break
		}
		return func(c int64) int64 { return 1 - x(c) }, nil
	case *ast.CallExpr:
		sel, ok := e.Fun.(*ast.SelectorExpr)
		if !ok || len(e.Args) != 1 || helperFuncs[sel.Sel.Name] == nil {
			break
		}
		f := helperFuncs[sel.Sel.Name]
		x, err := compileExpr(e.Args[0])
		if err != nil {
			return nil, err
		}
		return func(c int64) int64 { return b2i(f(int(x(c)))) }, nil
	case *ast.BinaryExpr:
		x, err := compileExpr(e.X)
		if err != nil {
			return nil, err
		}
		y, err := compileExpr(e.Y)
		if err != nil {
			return nil, err
		}
		switch e.Op {
		case token.LAND:
			return func(c int64) int64 { return x(c) & y(c) }, nil
		case token.LOR:
			return func(c int64) int64 { return x(c) | y(c) }, nil
		case token.QUO:
			return func(c int64) int64 { return x(c) / y(c) }, nil
		case token.EQL:
			return func(c int64) int64 { return b2i(x(c) == y(c)) }, nil
		case token.NEQ:
			return func(c int64) int64 { return b2i(x(c) != y(c)) }, nil
		case token.LSS, token.LEQ, token.GTR, token.GEQ:
			op := e.Op
			return func(c int64) int64 { return b2i(compareInts(x(c), op, y(c))) }, nil
		}
	}
	return nil, fmt.Errorf("cannot evaluate %s", types.ExprString(e))
}
