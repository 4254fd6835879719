// Package vettool is statuslint's go vet tool: it recognises go vet's calls
// of a vet tool, so that a statuslint binary can be both a command of its
// own and go vet's tool, and it runs the analyzer on one unit, skipping the
// dependencies that cannot reach a status position (see skip.go).
package vettool

import (
	"fmt"
	"os"
	"runtime/debug"
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
	registerFacts(a)
	args := os.Args[1:]
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
		cfg, err := prepare(a, args[:n-1], args[n-1])
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
			os.Exit(1)
		}
		if cfg == "" {
			os.Exit(0) // skipped: no status position is reachable
		}
		os.Args[n] = cfg
	}
	tuneGC()
	singlechecker.Main(a)
}

// prepare decides whether the unit of cfgFile needs analysing (see skip.go).
// If it does not, prepare writes its result and returns "". Otherwise it
// makes a export the unit's reachFact and returns the configuration
// unitchecker is to read. Whatever prepare cannot read or parse, it leaves
// to unitchecker to report.
func prepare(a *analysis.Analyzer, flags []string, cfgFile string) (string, error) {
	reach, flagErr := reachOf(flags)
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
			return "", os.WriteFile(u.VetxOutput, nil, 0o666)
		}
		return "", flagErr
	}
	if skipped, err := u.skip(reach); err == nil && skipped {
		return "", nil
	}
	wrapRun(a, reach.Wanted)
	return u.fillSkipped(cfgFile)
}

// tuneGC turns the garbage collector off up to a memory limit, unless the
// user set GOGC or GOMEMLIMIT: a vet tool process type-checks one package
// and exits, and at the default GOGC collecting is about 40% of the CPU
// that analysing net/http takes (0.19 s of user CPU instead of 0.33 s, for
// a peak RSS of 62 MB instead of 49 MB; x/net/http2 0.05 s instead of 0.13
// s). The limit keeps the largest packages' heaps in bounds.
func tuneGC() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(1 << 30)
	}
}
