package analyzer_test

import (
	"go/types"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// BenchmarkRun measures the analyzer's own work on packages loaded and
// type-checked once, next to a bare walk of the inspector over the same node
// types: the ratio of the two shows how close the analyzer is to the cost of
// one AST walk. Loading, type-checking and building the inspector are left
// out of both; the drivers pay them for every analyzer alike.
//
// By default it runs on net/http and net/http/httptest, which are always at
// hand; bench/run.sh runs it on each corpus module:
//
//	BENCH_DIR=bench/out/corpus/gin BENCH_PKGS=./... go test -run '^$' -bench Run ./analyzer
//
// BENCH_FLAGS sets the analyzer's flags for the run, as name=value pairs
// separated by spaces ("follow=false range=false"): the cost of one
// feature is the ratio with it on next to the ratio with it off.
func BenchmarkRun(b *testing.B) {
	dir := os.Getenv("BENCH_DIR")
	patterns := strings.Fields(os.Getenv("BENCH_PKGS"))
	if len(patterns) == 0 {
		patterns = []string{"net/http", "net/http/httptest"}
	}
	pkgs := loadBench(b, dir, patterns)

	b.Run("analyzer", func(b *testing.B) {
		reports := 0
		for b.Loop() {
			reports = runAll(b, pkgs)
		}
		b.ReportMetric(float64(reports), "reports/op")
	})
	b.Run("walk", func(b *testing.B) {
		nodes := 0
		for b.Loop() {
			nodes = walkAll(pkgs)
		}
		b.ReportMetric(float64(nodes), "nodes/op")
	})
	// On a shared machine, load changes between the two benchmarks above,
	// and wall time counts the time other processes take. This one
	// alternates the two in one loop and measures each part in CPU time of
	// this process, so the ratio holds under load. The walk starts on a
	// collected heap, so as not to pay for the analyzer's garbage.
	b.Run("ratio", func(b *testing.B) {
		var run, walk time.Duration
		for b.Loop() {
			t0 := cpuTime(b)
			runAll(b, pkgs)
			run += cpuTime(b) - t0
			runtime.GC()
			t1 := cpuTime(b)
			walkAll(pkgs)
			walk += cpuTime(b) - t1
		}
		b.ReportMetric(float64(run)/float64(walk), "analyzer/walk")
		b.ReportMetric(float64(run)/float64(b.N), "run-cpu-ns/op")
		b.ReportMetric(float64(walk)/float64(b.N), "walk-cpu-ns/op")
	})
}

// cpuTime returns the user and system CPU time of this process so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// walkAll walks the inspector of each package over the analyzer's node
// types, doing nothing but count them, and returns the count.
func walkAll(pkgs []benchPackage) int {
	nodes := 0
	for _, p := range pkgs {
		p.insp.Root().Inspect(analyzer.WalkTypes, func(inspector.Cursor) bool {
			nodes++
			return true
		})
	}
	return nodes
}

// A benchPackage is one loaded package with its inspector and the packages
// it can see, built once: like loading, they are the driver's work.
type benchPackage struct {
	pkg     *packages.Package
	insp    *inspector.Inspector
	visible map[string]*types.Package // by path, itself included
}

// loadBench loads and type-checks the packages matching patterns in dir,
// dependencies from export data, and returns them dependencies first, so
// that wrapper facts flow between them as under a driver.
func loadBench(b *testing.B, dir string, patterns []string) []benchPackage {
	b.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports |
			packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedTypesSizes,
		Dir:   dir,
		Tests: true,
	}
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatalf("loading %v: %v", patterns, err)
	}
	// As go vet does, analyse a package with its test files in place of
	// the package alone, and skip the generated test mains.
	hasTestVariant := make(map[string]bool)
	for _, p := range roots {
		if p.ForTest == p.PkgPath {
			hasTestVariant[p.PkgPath] = true
		}
	}
	var pkgs []benchPackage
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.Types == nil || p.TypesInfo == nil || len(p.Syntax) == 0 {
			return // an import, not loaded from source
		}
		if p.ForTest == "" && hasTestVariant[p.PkgPath] || strings.HasSuffix(p.ID, ".test") {
			return // analysed with its tests, or a generated test main
		}
		if len(p.Errors) > 0 {
			b.Fatalf("loading %s: %v", p.PkgPath, p.Errors[0])
		}
		pkgs = append(pkgs, benchPackage{p, inspector.New(p.Syntax), visiblePackages(p.Types)})
	})
	if len(pkgs) == 0 {
		b.Fatalf("no package matches %v in %q", patterns, dir)
	}
	return pkgs
}

// A factKey names an object across packages: each package sees its imports
// through export data, with objects of their own, as under go vet.
type factKey struct {
	pkg  string
	path objectpath.Path
}

// runAll runs a fresh analyzer on pkgs in order, passing wrapper facts from
// each package to the later ones, and returns the number of reports.
func runAll(b *testing.B, pkgs []benchPackage) int {
	a := analyzer.New()
	for _, nv := range strings.Fields(os.Getenv("BENCH_FLAGS")) {
		name, value, ok := strings.Cut(nv, "=")
		if !ok {
			b.Fatalf("BENCH_FLAGS: %q is not name=value", nv)
		}
		if err := a.Flags.Set(name, value); err != nil {
			b.Fatalf("BENCH_FLAGS: -%s=%s: %v (see statuslint -h)", name, value, err)
		}
	}
	facts := make(map[factKey]analysis.Fact)
	reports := 0
	for _, p := range pkgs {
		pass := &analysis.Pass{
			Analyzer:   a,
			Fset:       p.pkg.Fset,
			Files:      p.pkg.Syntax,
			Pkg:        p.pkg.Types,
			TypesInfo:  p.pkg.TypesInfo,
			TypesSizes: p.pkg.TypesSizes,
			ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: p.insp},
			Report:     func(analysis.Diagnostic) { reports++ },
			ExportObjectFact: func(obj types.Object, f analysis.Fact) {
				path, err := objectpath.For(obj)
				if err != nil {
					return // not addressable from other packages
				}
				facts[factKey{obj.Pkg().Path(), path}] = f
			},
			AllObjectFacts: func() []analysis.ObjectFact {
				if len(facts) == 0 {
					return nil // as cheap as a driver's empty fact table
				}
				return objectFacts(p.visible, facts)
			},
		}
		if _, err := a.Run(pass); err != nil {
			b.Fatalf("%s: %v", p.pkg.PkgPath, err)
		}
	}
	return reports
}

// visiblePackages returns pkg and every package it reaches, by path.
func visiblePackages(pkg *types.Package) map[string]*types.Package {
	visible := map[string]*types.Package{pkg.Path(): pkg}
	var visit func(*types.Package)
	visit = func(p *types.Package) {
		for _, imp := range p.Imports() {
			if visible[imp.Path()] == nil {
				visible[imp.Path()] = imp
				visit(imp)
			}
		}
	}
	visit(pkg)
	return visible
}

// objectFacts returns the facts about objects of the visible packages,
// resolved to their view of them, as a driver decodes its facts.
func objectFacts(visible map[string]*types.Package, facts map[factKey]analysis.Fact) []analysis.ObjectFact {
	var out []analysis.ObjectFact
	for k, f := range facts {
		p := visible[k.pkg]
		if p == nil {
			continue // not reachable from pkg
		}
		if obj, err := objectpath.Object(p, k.path); err == nil {
			out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
		}
	}
	return out
}
