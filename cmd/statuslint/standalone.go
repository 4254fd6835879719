package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/version"
	"golang.org/x/tools/go/analysis"
)

// vetFlags are go vet's own flags, which statuslint accepts standalone.
var vetFlags = []struct {
	name, arg, usage string
	isBool           bool
}{
	{"fix", "", "apply every suggested fix, then report what is left; exit 1 if anything is", true},
	{"diff", "", "print the fixes as a unified diff instead of applying them; exit 1 if it is not empty", true},
	{"json", "", "emit JSON output, with the suggested fixes; the exit code is then 0 unless loading fails", true},
	{"c", "N", "display offending line with N lines of context", false},
}

// buildFlags are the go command's build flags that go vet accepts (go help
// build), passed through unchanged.
var buildFlags = []struct {
	name   string
	isBool bool
}{
	{"C", false}, {"a", true}, {"n", true}, {"p", false}, {"race", true}, {"msan", true},
	{"asan", true}, {"cover", true}, {"covermode", false}, {"coverpkg", false}, {"v", true},
	{"work", true}, {"x", true}, {"asmflags", false}, {"buildmode", false}, {"buildvcs", false},
	{"compiler", false}, {"gccgoflags", false}, {"gcflags", false}, {"installsuffix", false},
	{"ldflags", false}, {"linkshared", true}, {"mod", false}, {"modcacherw", true},
	{"modfile", false}, {"overlay", false}, {"pgo", false}, {"pkgdir", false}, {"tags", false},
	{"trimpath", true}, {"toolexec", false},
}

// runStandalone runs go vet with this executable as the vet tool, passing
// the arguments through, and returns the exit code.
//
// Going through go vet is what makes wrapper facts cheap: go vet analyses
// each dependency once, in parallel, and caches its facts in the build
// cache. An in-process driver would load and type-check every dependency
// from source on every run, about fifteen times slower on a module such as gin.
func runStandalone(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(a, stderr)
		return 2
	}
	if wantsHelp(args) {
		usage(a, stdout) // asked for: statuslint -h | less
		return 0
	}
	// Flags are checked here so that a typo fails with our usage, not go vet's.
	fs, err := parseFlags(a, args)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\nRun 'statuslint -h' for usage.\n", err)
		return 2
	}
	if isSet(fs, versionFlag, "true") {
		fmt.Fprintln(stdout, version.String("statuslint"))
		return 0
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
	if isSet(fs, analyzer.FlagConstants, string(analyzer.ConstantsStatus)) {
		if err := checkStatusRequired(goCmd, fs); err != nil {
			fmt.Fprintf(stderr, "statuslint: -constants=status: %v\n", err)
			return 2
		}
	}
	if isSet(fs, sarifFlag, "true") {
		return runSARIF(goCmd, self, fs, stdout, stderr) // sarif.go
	}
	vet := func(args []string) int {
		cmd := exec.Command(goCmd, append([]string{"vet", "-vettool=" + self}, args...)...)
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

	fix, diff := isSet(fs, "fix", "true"), isSet(fs, "diff", "true")
	switch {
	case diff && !fix:
		return vet(append([]string{"-fix"}, args...)) // go vet wants both; -diff alone is what users mean
	case fix && !diff:
		// go vet -fix applies the fixes and prints nothing, not even the
		// findings that have no fix (an invalid code, an unnamed one): a
		// second run, cheap from go vet's cache, reports what is left.
		if code := vet(args); code != 0 {
			return code
		}
		return vet(withoutFlag(fs, "fix"))
	}
	return vet(args)
}

// parseFlags parses args as statuslint's flags: the analyzer's, go vet's and
// the build flags. Package patterns are left to go vet.
//
// The analyzer's own flag values parse and validate each value as it is
// set, so a malformed one fails here with the analyzer's message. Setting
// them on a, which standalone mode never runs, is harmless: go vet starts
// this executable anew for each package, with the same flags.
func parseFlags(a *analysis.Analyzer, args []string) (*flag.FlagSet, error) {
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Bool(versionFlag, false, versionUsage)
	fs.Bool(sarifFlag, false, sarifUsage)
	for _, f := range vetFlags {
		if f.isBool {
			fs.Bool(f.name, false, f.usage)
		} else {
			fs.String(f.name, "", f.usage)
		}
	}
	for _, f := range buildFlags {
		if f.isBool {
			fs.Bool(f.name, false, "")
		} else {
			fs.String(f.name, "", "")
		}
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return fs, nil
}

// The -version flag, which go vet does not know: statuslint handles it
// before running go vet.
const (
	versionFlag  = "version"
	versionUsage = "print statuslint's version and exit"
)

// isSet reports whether flag name was given with the value want.
func isSet(fs *flag.FlagSet, name, want string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name && f.Value.String() == want })
	return set
}

// withoutFlag returns the parsed command line without flag name.
func withoutFlag(fs *flag.FlagSet, name string) []string {
	var args []string
	fs.Visit(func(f *flag.Flag) {
		if f.Name != name {
			args = append(args, "-"+f.Name+"="+f.Value.String())
		}
	})
	return append(args, fs.Args()...)
}

// checkStatusRequired reports an error if the module being checked cannot
// import our status package: -constants=status fixes would not compile.
func checkStatusRequired(goCmd string, fs *flag.FlagSet) error {
	args := []string{"list", "-find"}
	for _, name := range []string{"C", "mod", "modfile", "tags"} {
		if f := fs.Lookup(name); f.Value.String() != "" {
			args = append(args, "-"+name+"="+f.Value.String())
		}
	}
	const pkg = "github.com/statuslint/statuslint/status"
	cmd := exec.Command(goCmd, append(args, pkg)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		first, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
		return fmt.Errorf("fixes would import %s, which this module cannot import (%s); run 'go get %s' first, or use -constants=auto",
			pkg, strings.TrimSuffix(first, "; to add it:"), pkg)
	}
	return nil
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

// usage prints -h: the analyzer's title and doc, then every flag.
func usage(a *analysis.Analyzer, w io.Writer) {
	title, rest, _ := strings.Cut(a.Doc, "\n\n")
	fmt.Fprintf(w, "statuslint: %s\n\n", title)
	fmt.Fprintf(w, "Usage:\n\tstatuslint [flags] packages\n\tgo vet -vettool=$(command -v statuslint) [flags] packages\n\n")
	fmt.Fprintf(w, "%s\n\nStandalone, statuslint runs go vet with itself as the vet tool. Findings\ngo to standard error, as go vet's do; -json and -diff write to standard\noutput. Exit code: 0 when nothing is reported, 1 when something is (or\npackages fail to load), 2 for bad flags.\n\nAnalyzer flags:\n", rest)
	a.Flags.VisitAll(func(f *flag.Flag) {
		def := ""
		if f.DefValue != "" && f.DefValue != "false" {
			def = fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "  -%s\n    \t%s%s\n", f.Name, f.Usage, def)
	})
	fmt.Fprintf(w, "\nGo vet flags:\n")
	for _, f := range vetFlags {
		fmt.Fprintf(w, "  -%s\n    \t%s\n", strings.TrimSpace(f.name+" "+f.arg), f.usage)
	}
	fmt.Fprintf(w, "\nBuild flags (go help build) such as -tags, -mod and -a pass through to go vet.\n")
	fmt.Fprintf(w, "\nOther flags:\n  -%s\n    \t%s\n  -%s\n    \t%s\n", sarifFlag, sarifUsage, versionFlag, versionUsage)
}
