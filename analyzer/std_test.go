package analyzer

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	analysischecker "golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// TestStdFacts analyses, from source, every package of the standard
// library that imports net/http, and checks that the wrapper facts they
// export are exactly stdFacts, which go vet's tool writes for them on
// StdCovered's release instead of analysing them (see internal/vettool).
func TestStdFacts(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks net/http and its dependencies from source")
	}
	if v := runtime.Version(); v != StdCovered && !strings.HasPrefix(v, StdCovered+".") {
		t.Fatalf("the table was checked against %s's standard library, this is %s: run this test on it, add the rows it asks for, then set StdCovered", StdCovered, v)
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: false}
	pkgs, err := packages.Load(cfg, "std")
	if err != nil {
		t.Fatal(err)
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if reachesHTTP(p) {
			roots = append(roots, p)
		}
	}
	if len(roots) < 10 {
		t.Fatalf("%d standard packages import net/http, want at least 10", len(roots))
	}
	graph, err := analysischecker.Analyze([]*analysis.Analyzer{New()}, roots, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := make(map[string][]stdFact)
	for act := range graph.All() {
		if act.Analyzer.Name != "statuslint" {
			continue
		}
		for _, of := range act.AllObjectFacts() {
			f, ok := of.Fact.(*slotFact)
			if !ok || of.Object.Pkg() != act.Package.Types {
				continue
			}
			path, err := objectpath.For(of.Object)
			if err != nil {
				continue // unitchecker does not write it either
			}
			pkg := act.Package.PkgPath
			got[pkg] = append(got[pkg], stdFact{string(path), *f})
		}
	}
	var want, have []string
	for pkg, facts := range stdFacts {
		for _, f := range facts {
			want = append(want, stdFactLine(pkg, f))
		}
	}
	for pkg, facts := range got {
		for _, f := range facts {
			have = append(have, stdFactLine(pkg, f))
		}
	}
	slices.Sort(want)
	slices.Sort(have)
	if !slices.Equal(have, want) {
		t.Errorf("stdFacts is not what analysing the standard library exports; it exports:\n%s", strings.Join(have, "\n"))
	}
	if len(have) == 0 {
		t.Errorf("no wrapper fact in the standard library: the check checks nothing")
	}
	t.Logf("%d wrapper facts in %d standard packages", len(have), len(roots))
}

// stdFactLine is f of package pkg as a line of stdFacts.
func stdFactLine(pkg string, f stdFact) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q: {%q, slotFact{", pkg, f.object)
	if len(f.fact.Args) > 0 {
		fmt.Fprintf(&b, "Args: %#v, Use: %s, ", f.fact.Args, f.fact.Use)
	}
	if len(f.fact.Slots) > 0 {
		b.WriteString("Slots: []factSlot{")
		for i, s := range f.fact.Slots {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "{Kind: %s, Index: %d, Role: %s, Use: %s}", s.Kind, s.Index, s.Role, s.Use)
		}
		b.WriteString("}, ")
	}
	fmt.Fprintf(&b, "Names: %#v}}", f.fact.Names)
	return b.String()
}

// reachesHTTP reports whether p is net/http or imports it.
func reachesHTTP(p *packages.Package) bool {
	seen := make(map[*packages.Package]bool)
	var visit func(*packages.Package) bool
	visit = func(p *packages.Package) bool {
		if p.PkgPath == "net/http" {
			return true
		}
		if seen[p] {
			return false
		}
		seen[p] = true
		for _, imp := range p.Imports {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	return visit(p)
}
