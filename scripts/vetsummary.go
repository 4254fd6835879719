//go:build ignore

// Vetsummary reads the output of `go vet -vettool=statuslint -json` (both
// streams) on standard input and prints one line of counts: packages
// analysed, findings, findings with a suggested fix, and findings by
// category. It exits 1 if the output holds an analysis error, a panic, a
// diagnostic without a known category or any line that is not part of a
// JSON result, so that a sweep cannot pass by accident. The scripts run it
// as `go run scripts/vetsummary.go`.
package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/vetoutput"
)

// harmless matches lines the go command prints while it fetches modules.
var harmless = regexp.MustCompile(`^go: (downloading|finding|extracting) `)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(fmt.Sprintf("reading input: %v", err))
	}
	out, err := vetoutput.ParseJSON(in)
	if err != nil {
		fail(err.Error())
	}
	var (
		findings, fixable int
		counts            = make(map[string]int)
		problems          []string
	)
	for _, line := range out.Text {
		if !harmless.MatchString(line) {
			problems = append(problems, "unexpected output: "+line)
		}
	}
	for _, r := range out.Results {
		if r.Error != "" {
			problems = append(problems, fmt.Sprintf("%s: %s: analysis error: %s", r.Package, r.Analyzer, r.Error))
			continue
		}
		// The package's own path, without go vet's " [p.test]" suffix.
		self, _, _ := strings.Cut(r.Package, " ")
		for _, d := range r.Diagnostics {
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
			counts[d.Category]++
		}
	}
	fmt.Printf("packages=%d findings=%d fixable=%d", out.Packages, findings, fixable)
	known := 0
	for _, c := range analyzer.Categories {
		fmt.Printf(" %s=%d", c.ID, counts[c.ID])
		known += counts[c.ID]
	}
	fmt.Println()
	if other := findings - known; other > 0 {
		problems = append(problems, fmt.Sprintf("%d findings without a known category", other))
	}
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "vetsummary:", p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "vetsummary:", msg)
	os.Exit(1)
}
