package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// vetFlags are go vet's own flags, which statuslint accepts standalone.
var vetFlags = []struct{ name, usage string }{
	{"fix", "apply every suggested fix"},
	{"diff", "print the fixes as a unified diff instead of applying them; exit 1 if it is not empty"},
	{"json", "emit JSON output, with the suggested fixes"},
	{"c N", "display offending line with N lines of context"},
	{"tags list", "a comma-separated list of build tags, as for go build"},
}

// runStandalone runs go vet with this executable as the vet tool, passing
// every argument through, and returns the exit code.
//
// Going through go vet is what makes wrapper facts cheap: go vet analyses
// each dependency once, in parallel, and caches its facts in the build
// cache. An in-process driver would load and type-check every dependency
// from source on every run, about fifteen times slower on a module such as gin.
func runStandalone(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || wantsHelp(args) {
		usage(a, stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	// Flags are checked here so that a typo fails with our usage, not go vet's.
	if err := checkFlags(a, args); err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\nRun 'statuslint -h' for usage.\n", err)
		return 2
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		fmt.Fprintln(stderr, "statuslint: the go command is not in PATH: statuslint runs 'go vet' to load packages; install Go or add its bin directory to PATH")
		return 1
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: cannot find its own executable for go vet: %v\n", err)
		return 1
	}
	vetArgs := []string{"vet", "-vettool=" + self}
	if hasFlag(args, "diff") && !hasFlag(args, "fix") {
		vetArgs = append(vetArgs, "-fix") // go vet wants both; -diff alone is what users mean
	}
	cmd := exec.Command(goCmd, append(vetArgs, args...)...)
	cmd.Stdin = nil
	cmd.Stdout = stdout
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintf(stderr, "statuslint: running go vet: %v\n", err)
		return 1
	}
	return 0
}

// hasFlag reports whether args set the boolean flag name.
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			return false // flags end at the first package
		}
		a = strings.TrimLeft(a, "-")
		if a == name || strings.HasPrefix(a, name+"=") && a != name+"=false" {
			return true
		}
	}
	return false
}

// wantsHelp reports whether args ask for help before any package.
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "-h", "-help", "--help", "--h", "help":
			return true
		case "--":
			return false
		}
	}
	return false
}

// checkFlags validates the flags in args: the analyzer's own, by parsing
// them into a copy, and go vet's by name. Package patterns are left to go vet.
func checkFlags(a *analysis.Analyzer, args []string) error {
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Bool("fix", false, "")
	fs.Bool("diff", false, "")
	fs.Bool("json", false, "")
	fs.Int("c", -1, "")
	fs.String("tags", "", "")
	return fs.Parse(args)
}

// usage prints -h: the analyzer's title and doc, then every flag.
func usage(a *analysis.Analyzer, w io.Writer) {
	title, rest, _ := strings.Cut(a.Doc, "\n\n")
	fmt.Fprintf(w, "statuslint: %s\n\n", title)
	fmt.Fprintf(w, "Usage:\n\tstatuslint [flags] packages\n\tgo vet -vettool=$(command -v statuslint) [flags] packages\n\n")
	fmt.Fprintf(w, "%s\n\nStandalone, statuslint runs go vet with itself as the vet tool; the exit code\nis go vet's: 0 when clean, 1 when something was reported or failed.\n\nAnalyzer flags:\n", rest)
	a.Flags.VisitAll(func(f *flag.Flag) {
		def := ""
		if f.DefValue != "" && f.DefValue != "false" {
			def = fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "  -%s\n    \t%s%s\n", f.Name, f.Usage, def)
	})
	fmt.Fprintf(w, "\nGo vet flags (build flags such as -tags pass through too):\n")
	for _, f := range vetFlags {
		fmt.Fprintf(w, "  -%s\n    \t%s\n", f.name, f.usage)
	}
}
