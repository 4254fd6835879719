// Command noop is the benchmark's floor: a go/analysis analyzer that requires
// the inspector and does nothing else. What it costs, every analyzer pays:
// loading, parsing and type-checking the packages, and building the inspector.
//
// Like statuslint, it runs standalone (singlechecker) or as a vet tool:
//
//	noop ./...
//	go vet -vettool=$(command -v noop) ./...
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "do nothing, after loading, type-checking and inspecting the package",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer] // the inspector is built, as for statuslint
		return nil, nil
	},
}

func main() { singlechecker.Main(analyzer) }
