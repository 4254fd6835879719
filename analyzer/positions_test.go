package analyzer

import (
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
