package main

import (
	"bytes"
	"io"
	"regexp"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/vetoutput"
)

// Exit codes of the standalone command. go vet exits 1 both when its tool
// reports something and when a package cannot be loaded or type-checked,
// so CI could not tell a finding from a broken run; statuslint reads go
// vet's output to tell them apart, as golangci-lint's codes do (1 issues,
// 3 failure). Under go vet -vettool, go vet's own codes apply.
const (
	exitClean    = 0 // nothing found
	exitFindings = 1 // something reported
	exitBadFlags = 2 // the command line is wrong, or a -funcs entry names nothing
	exitFailed   = 3 // could not analyse: packages failed to load or type-check, or the go command failed
)

// exitCodes is the paragraph of -h and README that states the codes.
const exitCodes = `Exit code: 0 when nothing is reported, 1 when something is, 2 for bad flags,
3 when statuslint could not analyse (packages failed to load or
type-check, the go command failed). With -json: 0, 2 or 3. Under go vet
-vettool and go fix -fixtool, theirs.`

// A classifier passes go vet's standard error through to w and sorts its
// lines: statuslint's findings, and the rest, which means that something
// could not be analysed. It only counts: every line reaches w as it comes.
type classifier struct {
	w        io.Writer
	partial  []byte // the start of a line not ended yet
	findings int    // statuslint's diagnostics
	badFlags int    // configuration errors that analysis found, such as a -funcs entry naming nothing
	failures int    // lines that are neither findings nor go vet's chatter
	// lenient is set when a build flag such as -x or -v makes the go
	// command trace its work on the same stream: those lines are not
	// failures, and a failure is then only a failed run without findings.
	lenient bool
}

func (c *classifier) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.partial = append(c.partial, p[:n]...)
	for {
		i := bytes.IndexByte(c.partial, '\n')
		if i < 0 {
			break
		}
		c.line(string(bytes.TrimRight(c.partial[:i], "\r")))
		c.partial = c.partial[i+1:]
	}
	return n, err
}

// line sorts one line of go vet's standard error.
func (c *classifier) line(s string) {
	if d, ok := vetoutput.ParseLine(s); ok && analyzer.IsMessage(d.Message) {
		if !strings.HasPrefix(d.Message, "\t") {
			c.findings++ // not a finding's related information, printed indented
		}
		return
	}
	switch {
	case configError.MatchString(s):
		c.badFlags++
	case strings.TrimSpace(s) == "":
	case strings.HasPrefix(s, "# "):
		// go vet's header of a package's output
	case sourceLine.MatchString(s):
		// -c N: a line of source around a finding
	case goProgress.MatchString(s):
		// the go command fetching modules, which is no failure
	default:
		c.failures++ // a compiler error, a go command error, a tool's error
	}
}

// flush sorts what is left of a line that no newline ended.
func (c *classifier) flush() {
	if len(c.partial) > 0 {
		c.line(string(c.partial))
		c.partial = nil
	}
}

// code returns the standalone exit code of a go vet run whose own exit
// code is vetCode: go vet exits 0 only when nothing was reported.
func (c *classifier) code(vetCode int) int {
	c.flush()
	switch {
	case vetCode == 0:
		return exitClean
	case c.badFlags > 0:
		return exitBadFlags
	case c.findings > 0 && (c.failures == 0 || c.lenient):
		return exitFindings
	}
	return exitFailed
}

// configError is a configuration error that only analysis can find,
// printed by unitchecker for the package it concerns (with or without
// "statuslint: " or the package path before it) or held in -json's
// "error": a -funcs entry naming nothing in its package.
var configError = regexp.MustCompile(`^(\S+: )?-` + analyzer.FlagFuncs + `: entry "`)

var (
	// sourceLine is a line of source that -c N prints: "12\tcode".
	sourceLine = regexp.MustCompile(`^\d+\t`)
	// goProgress is the go command saying what it fetches or finds.
	goProgress = regexp.MustCompile(`^go: (downloading|finding|found|extracting) `)
)
