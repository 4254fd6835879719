package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/sarif"
	"github.com/statuslint/statuslint/internal/version"
	"github.com/statuslint/statuslint/internal/vetoutput"
)

// The -sarif flag, which go vet does not know. One spelling, shaped like
// go vet's -json (a boolean naming the format) rather than a -format flag
// beside -json, which would give JSON two spellings.
const (
	sarifFlag  = "sarif"
	sarifUsage = "write the findings as SARIF 2.1.0 to standard output, with paths relative to the module root; exit codes as without it"
)

// sarifRules describes the analyzer's diagnostic categories.
func sarifRules() []sarif.Rule {
	var rules []sarif.Rule
	for _, c := range analyzer.Categories {
		rules = append(rules, sarif.Rule{ID: c.ID, Description: c.Description})
	}
	return rules
}

// runSARIF runs go vet -json with this executable as the vet tool, for the
// command line fs less -sarif, and writes what it reports as a SARIF log
// to stdout. The exit codes are the text output's (exit.go): 1 if anything
// is reported, 2 for bad flags (-sarif with -json, -fix, -diff or -c
// among them), 3 if something could not be analysed.
func runSARIF(goCmd, self string, fs *flag.FlagSet, stdout, stderr io.Writer) int {
	for _, name := range []string{"json", "fix", "diff", "c"} {
		if f := fs.Lookup(name); f.Value.String() != f.DefValue {
			fmt.Fprintf(stderr, "statuslint: -sarif cannot be combined with -%s\nRun 'statuslint -h' for usage.\n", name)
			return exitBadFlags
		}
	}
	root, err := moduleRoot(goCmd, fs)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: -sarif: %v\n", err)
		return exitFailed
	}
	var out bytes.Buffer
	cmd := exec.Command(goCmd, goArgs("vet", append([]string{"-vettool=" + self, "-json"}, withoutFlag(fs, sarifFlag)...))...)
	cmd.Stdout = &out
	cmd.Stderr = stderr // the go command's own messages, as without -sarif
	code := 0
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else {
			fmt.Fprintf(stderr, "statuslint: running go vet: %v\n", err)
			return exitFailed
		}
	}
	parsed, err := vetoutput.ParseJSON(out.Bytes())
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return exitFailed
	}
	for _, text := range parsed.Text {
		fmt.Fprintln(stderr, text) // not JSON: the go command's, kept for the user
	}
	n, err := sarif.Write(stdout, parsed, root, sarif.Tool{
		Name:           "statuslint",
		Version:        version.Version(),
		InformationURI: analyzer.URL,
		Rules:          sarifRules(),
	})
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: writing SARIF: %v\n", err)
		return exitFailed
	}
	// The exit codes of exit.go: go vet -json fails only when something
	// could not be analysed; an analysis error is in the JSON.
	if code != 0 {
		return exitFailed
	}
	for _, r := range parsed.Results {
		if r.Error != "" {
			return resultError(r) // in the log, as with -json
		}
	}
	if n > 0 {
		return exitFindings
	}
	return exitClean
}

// moduleRoot returns the directory whose files the log names relatively:
// the workspace's (go.work) or the main module's (go.mod), in the
// directory -C names; outside any, the current directory.
func moduleRoot(goCmd string, fs *flag.FlagSet) (string, error) {
	args := []string{"-json", "GOWORK", "GOMOD"}
	if dir := fs.Lookup("C").Value.String(); dir != "" {
		args = append(args, "-C="+dir)
	}
	out, err := exec.Command(goCmd, goArgs("env", args)...).Output()
	if err != nil {
		return "", fmt.Errorf("go env: %v", err)
	}
	var env struct{ GOWORK, GOMOD string }
	if err := json.Unmarshal(out, &env); err != nil {
		return "", fmt.Errorf("go env: %v", err)
	}
	for _, file := range []string{env.GOWORK, env.GOMOD} {
		if file != "" && file != "off" && file != os.DevNull {
			return filepath.Dir(file), nil
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	if c := fs.Lookup("C").Value.String(); c != "" && !filepath.IsAbs(c) {
		dir = filepath.Join(dir, c)
	} else if c != "" {
		dir = c
	}
	return dir, nil
}
