// Package vettool is statuslint's go vet tool: it recognises go vet's calls
// of a vet tool, so that a statuslint binary can be both a command of its
// own and go vet's tool, and it runs the analyzer on one unit, skipping the
// dependencies that cannot reach a status position (see skip.go).
package vettool

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// IsProtocol reports whether args are go vet's calls of a vet tool:
// -V=full for its cache key, -flags for its flag list, or a unit's .cfg file.
func IsProtocol(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(a, "-V") || strings.HasPrefix(a, "--V") || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Main answers go vet's call of this process as its tool (IsProtocol) with
// a, which is analyzer.New()'s analyzer, configured by flags only; it does
// not return. Every statuslint binary that go vet runs calls it.
func Main(a *analysis.Analyzer) {
	args := os.Args[1:]
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
		cfg, err := prepare(args[:n-1], args[n-1])
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
			os.Exit(1)
		}
		if cfg == "" {
			os.Exit(0) // skipped: no status position is reachable
		}
		os.Args[n] = cfg
	}
	singlechecker.Main(a)
}

// prepare decides whether the unit of cfgFile needs analysing (see skip.go).
// If it does not, prepare writes its result and returns "". Otherwise it
// returns the configuration unitchecker is to read. Whatever prepare cannot
// read or parse, it leaves to unitchecker to report.
func prepare(flags []string, cfgFile string) (string, error) {
	wanted, flagErr := wantedPaths(flags)
	u, err := readUnit(cfgFile)
	if err != nil {
		return cfgFile, nil
	}
	if flagErr != nil {
		// go vet runs the tool with the same flags on every dependency
		// too, and singlechecker would print the whole usage for each:
		// thousands of lines for one typo. Say it once per package asked
		// for; a dependency's result is never used when those fail.
		if u.VetxOnly && u.VetxOutput != "" {
			return "", u.skip()
		}
		return "", flagErr
	}
	if u.skippable(wanted) {
		return "", u.skip()
	}
	return u.fillSkipped(cfgFile)
}
