package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/statuslint/statuslint/internal/vetoutput"
)

// A vetter runs go vet with this executable as the vet tool and turns what
// go vet says into the standalone exit codes (see exit.go).
type vetter struct {
	goCmd, self    string
	stdout, stderr io.Writer
	lenient        bool // the go command traces its work on stderr (see classifier)
}

// vet runs go vet with args, its standard output to stdout and its
// standard error to v.stderr through a classifier, and returns the
// classifier and go vet's exit code.
func (v *vetter) vet(args []string, stdout io.Writer) (*classifier, int) {
	c := &classifier{w: v.stderr, lenient: v.lenient}
	cmd := exec.Command(v.goCmd, goArgs("vet", append([]string{"-vettool=" + v.self}, args...))...)
	cmd.Stdout = stdout
	cmd.Stderr = c
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return c, exit.ExitCode()
		}
		fmt.Fprintf(v.stderr, "statuslint: running go vet: %v\n", err)
		c.failures++
		return c, 1
	}
	return c, 0
}

// goArgs returns the go command's arguments for subcommand verb and args,
// with -C, which the go command wants before any other flag, moved first.
// runStandalone writes it as "-C=dir" (see chdirFirst).
func goArgs(verb string, args []string) []string {
	out := []string{verb}
	for i, a := range args {
		if strings.HasPrefix(a, "-C=") {
			out = append(out, a)
			args = append(args[:i:i], args[i+1:]...)
			break
		}
	}
	return append(out, args...)
}

// run runs go vet with args and returns the exit code.
func (v *vetter) run(args []string) int {
	c, code := v.vet(args, v.stdout)
	return c.code(code)
}

// diff runs go vet -fix -diff with args, which prints the fixes as a
// diff on stdout and exits 1 when there is one. go vet -fix says nothing
// of an analysis error, such as a -funcs entry naming nothing: report,
// args without -fix, is run first with -json to find them, as fix does.
func (v *vetter) diff(args, report []string) int {
	if _, code := v.results(report, false); code != exitClean {
		return code
	}
	c, code := v.vet(args, v.stdout)
	c.flush()
	switch {
	case code == 0:
		return exitClean
	case c.failures > 0 && !c.lenient:
		return exitFailed
	}
	return exitFindings // a diff
}

// results runs go vet -json with args and returns its results, or the exit
// code of a run that could not analyse everything: a package that failed
// to load, or a result that holds an error. With tee the JSON goes to
// stdout too, errors included; without, an error is printed as go vet
// prints it.
func (v *vetter) results(args []string, tee bool) ([]vetoutput.Result, int) {
	var out bytes.Buffer
	var stdout io.Writer = &out
	if tee {
		stdout = io.MultiWriter(v.stdout, &out)
	}
	c, vetCode := v.vet(append([]string{"-json"}, args...), stdout)
	if c.code(vetCode) != exitClean {
		return nil, exitFailed // it could not load some package
	}
	res, err := vetoutput.ParseJSON(out.Bytes())
	if err != nil {
		fmt.Fprintf(v.stderr, "statuslint: %v\n", err)
		return nil, exitFailed
	}
	for _, r := range res.Results {
		if r.Error != "" {
			if !tee {
				fmt.Fprintf(v.stderr, "%s: %s\n", r.Package, r.Error) // as go vet prints it
			}
			return nil, resultError(r)
		}
	}
	return res.Results, exitClean
}

// json runs go vet -json with args, whose output is JSON on stdout, and
// returns the exit code and the number of diagnostics. go vet exits 0
// when it reports something in JSON, and puts an analysis error in the
// JSON too: those are read back from the stream it prints.
func (v *vetter) json(args []string) (code, diagnostics int) {
	results, code := v.results(args, true)
	for _, r := range results {
		diagnostics += len(r.Diagnostics)
	}
	return code, diagnostics
}

// fix applies every fix (args has -fix), then runs report (args without
// it) to print what is left, and says on stderr how many findings it fixed
// in how many files and how many it left: go vet -fix itself prints
// nothing, so a run that fixed everything would be silent.
//
// The findings with a fix are counted on a -json run before fixing, which
// go vet mostly answers from its cache afterwards for the dependencies.
func (v *vetter) fix(args, report []string, asJSON bool) int {
	results, code := v.results(report, false)
	if code != exitClean {
		return code
	}
	fixable, files := make(map[string]bool), make(map[string]bool)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue // reported by the run after the fixes
			}
			// A package and its test variant may both report it.
			fixable[d.Posn+" "+d.Message] = true
			for _, e := range d.SuggestedFixes[0].Edits {
				files[e.Filename] = true
			}
		}
	}
	if len(fixable) > 0 {
		if code := v.run(args); code != exitClean {
			return exitFailed // go vet -fix reports nothing but failures
		}
	}
	var left int
	if asJSON {
		code, left = v.json(report)
	} else {
		c, vetCode := v.vet(report, v.stdout)
		code, left = c.code(vetCode), c.findings
	}
	if code != exitFailed {
		fmt.Fprintf(v.stderr, "statuslint: fixed %s in %s; %d left without a fix\n",
			plural(len(fixable), "finding"), plural(len(files), "file"), left)
	}
	return code
}

// resultError returns the exit code for r, a package's result in go vet's
// -json output that holds an error.
func resultError(r vetoutput.Result) int {
	if configError.MatchString(r.Error) {
		return exitBadFlags
	}
	return exitFailed
}

// plural returns "1 file" or "n files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// tracing reports whether a build flag has the go command print its own
// work (-n, -x, -v, -work) on the stream that carries the findings.
func tracing(fs *flag.FlagSet) bool {
	for _, name := range []string{"n", "x", "v", "work"} {
		if isSet(fs, name, "true") {
			return true
		}
	}
	return false
}
