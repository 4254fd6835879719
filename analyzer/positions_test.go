package analyzer

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestResolveReach checks that resolve takes the fast path for a package
// that reaches no row's package, and that the kinds added for huma and
// gomega stay unresolved (nil, so free in the walk) where their packages
// are not reachable.
func TestResolveReach(t *testing.T) {
	s, err := DefaultConfig().compile()
	if err != nil {
		t.Fatal(err)
	}
	resolve := func(pkg *types.Package) (*positions, bool) {
		pass := &analysis.Pass{Pkg: pkg, AllObjectFacts: func() []analysis.ObjectFact { return nil }}
		return s.resolve(pass)
	}

	strings := types.NewPackage("strings", "strings")
	plain := types.NewPackage("example.com/plain", "plain")
	plain.SetImports([]*types.Package{strings})
	if _, ok := resolve(plain); ok {
		t.Errorf("resolve(%s) = true, want false: no row's package is reachable", plain.Path())
	}

	// A package that reaches huma through another one, which declares
	// NewError as a variable of func type.
	huma := types.NewPackage("github.com/danielgtaylor/huma/v2", "huma")
	sig := types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewParam(token.NoPos, huma, "status", types.Typ[types.Int])), nil, false)
	newError := types.NewVar(token.NoPos, huma, "NewError", sig)
	huma.Scope().Insert(newError)
	lib := types.NewPackage("example.com/lib", "lib")
	lib.SetImports([]*types.Package{huma})
	app := types.NewPackage("example.com/app", "app")
	app.SetImports([]*types.Package{strings, lib})
	p, ok := resolve(app)
	if !ok {
		t.Fatalf("resolve(%s) = false, want true: huma is reachable", app.Path())
	}
	if got := p.vars[newError]; len(got) != 1 || got[0] != 0 {
		t.Errorf("status arguments of huma.NewError = %v, want [0]", got)
	}
	if p.actuals != nil || p.applies != nil || p.matchers != nil || p.expects != nil {
		t.Errorf("gomega's kinds resolved without gomega: actuals %v, applies %v, matchers %v, expects %v",
			p.actuals, p.applies, p.matchers, p.expects)
	}
}

// TestCheckFuncs checks that a -funcs entry naming no function or method
// of the package it names, or an argument past the parameters, is a
// configuration error naming the entry, in that package only.
func TestCheckFuncs(t *testing.T) {
	const src = `package app

type Server struct{ Code int }

func (Server) Respond(w any, code int) {}
func writeJSON(w any, code int, v any)  {}
func redirect(url string, codes ...int) {}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "app.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	app, err := new(types.Config).Check("example.com/app", fset, []*ast.File{file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		entry string
		want  string // the error, or "" for none
	}{
		{"example.com/app.writeJSON:1", ""},
		{"example.com/app.writeJSON:2", ""},
		{"example.com/app.Server.Respond:1", ""},
		{"example.com/app.redirect:3", ""}, // variadic: the fourth argument is a code too
		{"example.com/other.nosuch:0", ""}, // checked when example.com/other is analysed
		{"example.com/app.nosuch:0", `-funcs: entry "example.com/app.nosuch:0": package example.com/app has no function or method nosuch`},
		{"example.com/app.Server.Nosuch:0", `-funcs: entry "example.com/app.Server.Nosuch:0": package example.com/app has no function or method Server.Nosuch`},
		{"example.com/app.Server.Code:0", `-funcs: entry "example.com/app.Server.Code:0": package example.com/app has no function or method Server.Code`}, // a field
		{"example.com/app.writeJSON:7", `-funcs: entry "example.com/app.writeJSON:7": argindex 7 out of range: writeJSON has 3 parameters (receiver not counted)`},
		{"example.com/app.Server.Respond:2", `-funcs: entry "example.com/app.Server.Respond:2": argindex 2 out of range: Server.Respond has 2 parameters (receiver not counted)`},
	} {
		t.Run(tt.entry, func(t *testing.T) {
			s, err := Config{Funcs: []string{tt.entry}}.compile()
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if err := s.checkFuncs(app); err != nil {
				var cfgErr *ConfigError
				if !errors.As(err, &cfgErr) || cfgErr.Flag != FlagFuncs {
					t.Errorf("checkFuncs: %T %v, want a *ConfigError of -%s", err, err, FlagFuncs)
				}
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("checkFuncs: got %q, want %q", got, tt.want)
			}
		})
	}
}
