package main

import (
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
	{"json", "", "emit JSON output, with the suggested fixes; findings then exit 0 (bad flags 2, failures 3)", true},
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
		fmt.Fprint(stderr, shortUsage)
		return exitBadFlags
	}
	if wantsHelp(args) {
		usage(a, stdout) // asked for: statuslint -h | less
		return exitClean
	}
	// Flags are checked here so that a typo fails with our usage, not go vet's.
	fs, err := parseFlags(a, args)
	if err == nil {
		err = checkFlagOrder(fs)
	}
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\nRun 'statuslint -h' for usage.\n", err)
		return exitBadFlags
	}
	args = chdirFirst(fs, args)
	if isSet(fs, versionFlag, "true") {
		fmt.Fprintln(stdout, version.String("statuslint"))
		return exitClean
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		fmt.Fprintln(stderr, "statuslint: the go command is not in PATH: statuslint runs 'go vet' to load packages; install Go or add its bin directory to PATH")
		return exitFailed
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: cannot find its own executable for go vet: %v\n", err)
		return exitFailed
	}
	if isSet(fs, analyzer.FlagConstants, string(analyzer.ConstantsStatus)) {
		if err := checkStatusRequired(goCmd, fs); err != nil {
			fmt.Fprintf(stderr, "statuslint: -constants=status: %v\n", err)
			return exitBadFlags
		}
	}
	if isSet(fs, sarifFlag, "true") {
		return runSARIF(goCmd, self, fs, stdout, stderr) // sarif.go
	}
	v := &vetter{goCmd: goCmd, self: self, stdout: stdout, stderr: stderr, lenient: tracing(fs)}

	fix, diff, json := isSet(fs, "fix", "true"), isSet(fs, "diff", "true"), isSet(fs, "json", "true")
	switch {
	case diff && !fix:
		return v.diff(append([]string{"-fix"}, args...), withoutFlag(fs, "diff")) // go vet wants both; -diff alone is what users mean
	case fix && !diff:
		// go vet -fix applies the fixes and prints nothing, not even the
		// findings that have no fix (an invalid code, an unnamed one):
		// fix counts what it will fix first, and reports what is left.
		// go vet -fix -json prints the fixes instead of applying them:
		// the run that fixes goes without -json.
		return v.fix(withoutFlag(fs, "json"), withoutFlag(fs, "fix"), json)
	case json:
		code, _ := v.json(args)
		return code
	}
	return v.run(args)
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
		return nil, suggestFlag(fs, err)
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

// chdirFirst returns args with -C written as "-C=dir", which goArgs moves
// before go vet's other flags: the go command wants it first, and users
// write it anywhere among statuslint's flags ("-C dir", "--C=dir").
func chdirFirst(fs *flag.FlagSet, args []string) []string {
	if fs.Lookup("C").Value.String() == "" {
		return args
	}
	return withoutFlag(fs, "")
}

// checkStatusRequired reports an error if the module being checked cannot
// import our status package: -constants=status fixes would not compile.
func checkStatusRequired(goCmd string, fs *flag.FlagSet) error {
	args := []string{"-find"}
	for _, name := range []string{"C", "mod", "modfile", "tags"} {
		if f := fs.Lookup(name); f.Value.String() != "" {
			args = append(args, "-"+name+"="+f.Value.String())
		}
	}
	const pkg = "github.com/statuslint/statuslint/status"
	cmd := exec.Command(goCmd, goArgs("list", append(args, pkg))...)
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
	fmt.Fprintf(w, "Usage:\n\tstatuslint [flags] packages\n\tgo vet -vettool=$(command -v statuslint) [flags] packages\n\tgo fix -fixtool=$(command -v statuslint) [flags] packages\n\n")
	fmt.Fprintf(w, "%s\n\nStandalone, statuslint runs go vet with itself as the vet tool. Findings\ngo to standard error, as go vet's do; -json and -diff write to standard\noutput. After -fix, a line on standard error says what was fixed.\n\n%s\n\nAnalyzer flags:\n", rest, exitCodes)
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
