//go:build ignore

// Vetsummary reads the output of `go vet -vettool=statuslint -json` (both
// streams) on standard input and prints one line of counts: packages
// analysed, findings, findings with a suggested fix, and findings by kind.
// It exits 1 if the output holds an analysis error, a panic or any line
// that is not part of a JSON result, so that a sweep cannot pass by
// accident. The scripts run it as `go run scripts/vetsummary.go`.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// diagnostic is the part of a JSON diagnostic the summary needs.
type diagnostic struct {
	Posn           string `json:"posn"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Edits []struct {
			New string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// harmless matches lines the go command prints while it fetches modules.
var harmless = regexp.MustCompile(`^go: (downloading|finding|extracting) `)

func main() {
	var (
		packages, findings, fixable int
		kinds                       = make(map[string]int)
		problems                    []string
		object                      []string // lines of the JSON object being read
	)
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(nil, 64<<20)
	for in.Scan() {
		line := in.Text()
		switch {
		case object == nil && line == "{}":
			packages++ // a package with nothing to report
			continue
		case object == nil && line == "{":
			object = []string{line}
			continue
		case object != nil:
			object = append(object, line)
			if line != "}" {
				continue
			}
		case harmless.MatchString(line) || strings.TrimSpace(line) == "":
			continue
		default:
			problems = append(problems, "unexpected output: "+line)
			continue
		}
		// A complete object: {"pkg": {"statuslint": [diagnostics] or {"error": ...}}}.
		var tree map[string]map[string]json.RawMessage
		if err := json.Unmarshal([]byte(strings.Join(object, "\n")), &tree); err != nil {
			problems = append(problems, fmt.Sprintf("malformed JSON result: %v", err))
		}
		object = nil
		for pkg, results := range tree {
			packages++
			for name, raw := range results {
				var diags []diagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					problems = append(problems, fmt.Sprintf("%s: %s: analysis error: %s", pkg, name, raw))
					continue
				}
				// The package's own path, without go vet's " [p.test]" suffix.
				self, _, _ := strings.Cut(pkg, " ")
				for _, d := range diags {
					findings++
					if len(d.SuggestedFixes) > 0 {
						fixable++
					}
					for _, fix := range d.SuggestedFixes {
						for _, e := range fix.Edits {
							if strings.Contains(e.New, strconv.Quote(self)) {
								problems = append(problems, fmt.Sprintf("%s: %s: fix imports the package into itself", d.Posn, d.Message))
							}
						}
					}
					kinds[kindOf(d.Message)]++
				}
			}
		}
	}
	if err := in.Err(); err != nil {
		problems = append(problems, fmt.Sprintf("reading input: %v", err))
	}
	if object != nil {
		problems = append(problems, "truncated JSON result: "+strings.Join(object, "\n"))
	}
	fmt.Printf("packages=%d findings=%d fixable=%d bare=%d unnamed=%d invalid=%d ignore-without-reason=%d\n",
		packages, findings, fixable, kinds["bare"], kinds["unnamed"], kinds["invalid"], kinds["ignore"])
	if kinds["other"] > 0 {
		problems = append(problems, fmt.Sprintf("%d findings with an unknown message", kinds["other"]))
	}
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "vetsummary:", p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
}

// kindOf classifies a diagnostic by its message.
func kindOf(msg string) string {
	switch {
	case strings.HasPrefix(msg, "bare HTTP status code "):
		return "bare"
	case strings.HasSuffix(msg, "has no registered name; declare a named constant"):
		return "unnamed"
	case strings.HasPrefix(msg, "invalid HTTP status code "):
		return "invalid"
	case strings.HasPrefix(msg, "statuslint:ignore needs a reason"):
		return "ignore"
	}
	return "other"
}
