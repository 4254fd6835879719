// Command statuslint reports bare HTTP status codes and fixes them.
//
// Usage:
//
//	statuslint [flags] packages
//	go vet -vettool=$(command -v statuslint) [flags] packages
//	go fix -fixtool=$(command -v statuslint) [flags] packages
//
// Run standalone, statuslint drives go vet with itself as the vet tool, so
// that the facts about wrapper functions in dependencies are computed once
// per package and cached by the go command, as go vet does for its own
// analyzers. Run with -h for the flags.
package main

import (
	"os"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/vettool"
)

func main() {
	a := analyzer.Analyzer
	if vettool.IsProtocol(os.Args[1:]) {
		// Invoked by go vet: analyse one package unit as a vet tool.
		vettool.Main(a)
	}
	os.Exit(runStandalone(a, os.Args[1:], os.Stdout, os.Stderr))
}
