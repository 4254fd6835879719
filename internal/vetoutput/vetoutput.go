// Package vetoutput reads what go vet prints when it runs statuslint: the
// -json stream, and the plain "file:line:col: message" lines. The language
// server, the tests and the scripts share it, so that each reads go vet
// the same way.
package vetoutput

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A Diagnostic is one diagnostic in go vet's -json output, in the schema
// of golang.org/x/tools/internal/analysis/driverutil.
type Diagnostic struct {
	Category       string         `json:"category"`
	Posn           string         `json:"posn"` // file:line:column, the column in bytes
	End            string         `json:"end"`
	Message        string         `json:"message"`
	SuggestedFixes []SuggestedFix `json:"suggested_fixes"`
	Related        []Related      `json:"related"`
}

// Related is a secondary position of a Diagnostic: for a code that
// travels through a slot, where its value becomes a status.
type Related struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// A SuggestedFix is one fix of a Diagnostic.
type SuggestedFix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// An Edit replaces the bytes Start to End of Filename with New.
type Edit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// A Result is what one analyzer reported for one package: diagnostics, or
// the error that stopped it.
type Result struct {
	Package     string // go vet's package ID, such as "m [m.test]"
	Analyzer    string
	Diagnostics []Diagnostic
	Error       string
}

// Output is go vet -json output, read.
type Output struct {
	// Packages counts the JSON objects: go vet prints one for each package
	// it analyses, "{}" when there is nothing to say.
	Packages int
	Results  []Result
	// Text holds the other lines, the go command's own messages, except
	// blank lines and "# package" headers.
	Text []string
}

// ParseJSON reads go vet -json output: JSON objects (package ID, to analyzer
// name, to a list of diagnostics or {"error": ...}) between lines of
// plain text. The go command writes both to the same stream when stdout
// and stderr are combined, as the callers do to keep their order.
func ParseJSON(out []byte) (*Output, error) {
	res := new(Output)
	for len(out) > 0 {
		line, rest, _ := bytes.Cut(out, []byte("\n"))
		if !bytes.HasPrefix(line, []byte("{")) {
			if text := strings.TrimSpace(string(line)); text != "" && !strings.HasPrefix(text, "# ") {
				res.Text = append(res.Text, text)
			}
			out = rest
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(out))
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			return nil, fmt.Errorf("reading go vet -json output: %v", err)
		}
		out = out[dec.InputOffset():]
		res.Packages++
		for pkg, analyzers := range tree {
			for name, raw := range analyzers {
				r := Result{Package: pkg, Analyzer: name}
				var failure struct{ Error string }
				if json.Unmarshal(raw, &failure) == nil && failure.Error != "" {
					r.Error = failure.Error
				} else if err := json.Unmarshal(raw, &r.Diagnostics); err != nil {
					return nil, fmt.Errorf("reading go vet -json output: %s: %s: %v", pkg, name, err)
				}
				res.Results = append(res.Results, r)
			}
		}
	}
	return res, nil
}

// SplitPosn splits a position as go vet's -json output writes it:
// file:line:col, or file:line under a //line directive without a column
// (col is then 0), split from the right: a file name may hold a colon.
// ok is false, and file is posn, if posn has no line.
func SplitPosn(posn string) (file string, line, col int, ok bool) {
	file = posn
	var nums []int
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(file[i+1:])
		if err != nil {
			break
		}
		nums = append(nums, n)
		file = file[:i]
	}
	switch len(nums) {
	case 2:
		return file, nums[1], nums[0], true
	case 1:
		return file, nums[0], 0, true
	}
	return posn, 0, 0, false
}

// A Line is a diagnostic as go vet prints it without -json.
type Line struct {
	File    string // as printed, without a leading "./"
	Line    int
	Col     int // 0 when the position has no column, as under a //line directive without one
	Message string
}

func (l Line) String() string {
	if l.Col == 0 {
		return fmt.Sprintf("%s:%d: %s", l.File, l.Line, l.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", l.File, l.Line, l.Col, l.Message)
}

// linePattern matches "file:line:col: message" and "file:line: message".
var linePattern = regexp.MustCompile(`^(?:\./)?([^\s:]+):(\d+):(?:(\d+):)? (.+)$`)

// ParseLine parses one line of go vet's plain output as a diagnostic.
func ParseLine(s string) (Line, bool) {
	m := linePattern.FindStringSubmatch(s)
	if m == nil {
		return Line{}, false
	}
	l := Line{File: m[1], Message: m[4]}
	l.Line, _ = strconv.Atoi(m[2])
	if m[3] != "" {
		l.Col, _ = strconv.Atoi(m[3])
	}
	return l, true
}

// Lines returns the diagnostics among the lines of out, in order.
func Lines(out string) []Line {
	var lines []Line
	for s := range strings.Lines(out) {
		if l, ok := ParseLine(strings.TrimRight(s, "\r\n")); ok {
			lines = append(lines, l)
		}
	}
	return lines
}
