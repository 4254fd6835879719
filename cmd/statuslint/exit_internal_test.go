package main

import (
	"errors"
	"flag"
	"io"
	"testing"
)

// TestClassifier checks how go vet's standard error is sorted into the
// exit codes, line by line, as it arrives in pieces.
func TestClassifier(t *testing.T) {
	for _, tt := range []struct {
		name    string
		out     string
		vetCode int
		lenient bool
		want    int
	}{
		{"nothing", "", 0, false, exitClean},
		{"finding", "web/a.go:5:47: bare HTTP status code 404, use http.StatusNotFound\n", 1, false, exitFindings},
		{"finding, no newline", "web/a.go:5:47: invalid HTTP status code 1000: net/http panics on codes outside 100-999", 1, false, exitFindings},
		{"unnamed and ignore", "a.go:1:2: HTTP status code 499 has no registered name; declare a named constant\na.go:3: statuslint:ignore needs a reason, as in //statuslint:ignore legacy clients expect 299\n", 1, false, exitFindings},
		{"range and class checks", "a.go:5:5: bare HTTP status code 400 in a range check, use http.StatusBadRequest\na.go:6:5: 2xx class check c >= 200 && c < 300, use status.IsSuccess(c)\na.go:7:5: 4xx class check with bare HTTP status codes, use http.StatusBadRequest and http.StatusInternalServerError\n", 1, false, exitFindings},
		{"related and context", "# m\na.go:5:47: bare HTTP status code 404, use http.StatusNotFound\na.go:3:2: \tthe code becomes a status here\n4\t\n5\tfunc h() {}\n", 1, false, exitFindings},
		{"downloads", "go: downloading example.com/x v1.0.0\na.go:5:47: bare HTTP status code 404, use http.StatusNotFound\n", 1, false, exitFindings},
		{"type error", "# m/broken\nbroken/b.go:3:28: cannot use \"x\" (untyped string constant) as int value in return statement\n", 1, false, exitFailed},
		{"type error and a finding", "a.go:5:47: bare HTTP status code 404, use http.StatusNotFound\n# m/broken\nb.go:3:9: expected ')', found '{'\n", 1, false, exitFailed},
		{"go command", "stat /tmp/m/nosuch: directory not found\n", 1, false, exitFailed},
		{"failure, no output", "", 1, false, exitFailed},
		{"funcs entry", "example.com/m/app: -funcs: entry \"example.com/m/app.nosuch:0\": package example.com/m/app has no function or method nosuch\n", 1, false, exitBadFlags},
		{"funcs entry, unitchecker's prefix", "# example.com/m/app\nstatuslint: -funcs: entry \"example.com/m/app.f:7\": argindex 7 out of range\n", 1, false, exitBadFlags},
		{"trace with a finding", "example.com/m\nWORK=/tmp/x\na.go:5:47: bare HTTP status code 404, use http.StatusNotFound\n", 1, true, exitFindings},
		{"trace without a finding", "example.com/m\nb.go:3:9: expected ')', found '{'\n", 1, true, exitFailed},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &classifier{w: io.Discard, lenient: tt.lenient}
			// In pieces of three bytes: lines end anywhere in a write.
			for s := tt.out; s != ""; {
				n := min(3, len(s))
				if _, err := c.Write([]byte(s[:n])); err != nil {
					t.Fatal(err)
				}
				s = s[n:]
			}
			if got := c.code(tt.vetCode); got != tt.want {
				t.Errorf("got %v, want %v (findings %d, failures %d, bad flags %d)", got, tt.want, c.findings, c.failures, c.badFlags)
			}
		})
	}
}

// TestSuggestFlag checks the nearest flag offered for an unknown one.
func TestSuggestFlag(t *testing.T) {
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	for _, name := range []string{"fix", "diff", "json", "allow", "funcs", "follow", "nonstandard", "constants", "c", "a", "x", "n", "v"} {
		fs.Bool(name, false, "")
	}
	for _, tt := range []struct{ arg, want string }{
		{"-fixx", "flag provided but not defined: -fixx (did you mean -fix?)"},
		{"-alow", "flag provided but not defined: -alow (did you mean -allow?)"},
		{"--constans=auto", "flag provided but not defined: -constans (did you mean -constants?)"},
		{"-nosuchflag", "flag provided but not defined: -nosuchflag"},
		{"-zz", "flag provided but not defined: -zz"}, // two letters wrong of two
		{"-jsn", "flag provided but not defined: -jsn (did you mean -json?)"},
	} {
		fs.SetOutput(io.Discard)
		err := fs.Parse([]string{tt.arg})
		if err == nil {
			t.Fatalf("%s: no error", tt.arg)
		}
		if got := suggestFlag(fs, err).Error(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.arg, got, tt.want)
		}
	}
	other := errors.New(`invalid boolean value "maybe" for -fix`)
	if got := suggestFlag(fs, other); got != other {
		t.Errorf("another error: got %v, want it unchanged", got)
	}
	if got := editDistance("nonstandrd", "nonstandard"); got != 1 {
		t.Errorf("editDistance: got %v, want 1", got)
	}
}
