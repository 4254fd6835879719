// Command noopfacts is the floor of an analyzer with facts: bench/noop plus a
// FactType it never exports. Declaring a fact type alone changes the
// drivers' work: standalone, singlechecker then loads and analyses every
// dependency from source; under go vet, each dependency is analysed once
// for its facts and the result cached. It shows what facts cost statuslint
// before statuslint does anything.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// unusedFact is declared and never exported.
type unusedFact struct{}

func (*unusedFact) AFact() {}

func (*unusedFact) String() string { return "unused" }

var analyzer = &analysis.Analyzer{
	Name:      "noopfacts",
	Doc:       "do nothing, with a fact type, after loading, type-checking and inspecting the package",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	Run:       func(pass *analysis.Pass) (any, error) { _ = pass.ResultOf[inspect.Analyzer]; return nil, nil },
	FactTypes: []analysis.Fact{new(unusedFact)},
}

func main() { singlechecker.Main(analyzer) }
