package vetoutput_test

import (
	"slices"
	"testing"

	"github.com/statuslint/statuslint/internal/vetoutput"
)

func TestParseJSON(t *testing.T) {
	out := []byte(`# example.com/m
go: downloading example.com/x v1.0.0
{}
{
	"example.com/m [example.com/m.test]": {
		"statuslint": [
			{
				"posn": "/m/a.go:5:16",
				"end": "/m/a.go:5:19",
				"category": "bare",
				"message": "bare HTTP status code 404, use http.StatusNotFound",
				"suggested_fixes": [{"message": "Replace 404 with http.StatusNotFound", "edits": [{"filename": "/m/a.go", "start": 60, "end": 63, "new": "http.StatusNotFound"}]}]
			}
		]
	}
}
{
	"example.com/n": {
		"statuslint": {"error": "internal error: boom"}
	}
}
m.go:3:1: expected declaration, found broken
`)
	got, err := vetoutput.ParseJSON(out)
	if err != nil {
		t.Fatal(err)
	}
	if got.Packages != 3 {
		t.Errorf("Packages: got %d, want 3", got.Packages)
	}
	wantText := []string{"go: downloading example.com/x v1.0.0", "m.go:3:1: expected declaration, found broken"}
	if !slices.Equal(got.Text, wantText) {
		t.Errorf("Text: got %q, want %q", got.Text, wantText)
	}
	if len(got.Results) != 2 {
		t.Fatalf("Results: got %d, want 2: %+v", len(got.Results), got.Results)
	}
	slices.SortFunc(got.Results, func(a, b vetoutput.Result) int { return len(b.Diagnostics) - len(a.Diagnostics) })
	d := got.Results[0].Diagnostics
	if len(d) != 1 || d[0].Category != "bare" || d[0].Posn != "/m/a.go:5:16" ||
		len(d[0].SuggestedFixes) != 1 || d[0].SuggestedFixes[0].Edits[0] != (vetoutput.Edit{Filename: "/m/a.go", Start: 60, End: 63, New: "http.StatusNotFound"}) {
		t.Errorf("diagnostics: got %+v", d)
	}
	if r := got.Results[1]; r.Package != "example.com/n" || r.Analyzer != "statuslint" || r.Error != "internal error: boom" {
		t.Errorf("error result: got %+v", r)
	}
}

func TestParseJSONTruncated(t *testing.T) {
	if _, err := vetoutput.ParseJSON([]byte("{\n\t\"m\": {\n")); err == nil {
		t.Error("got no error for a truncated object")
	}
}

func TestLines(t *testing.T) {
	out := "# example.com/m\n" +
		"./web/a.go:12:5: bare HTTP status code 405, use nethttp.StatusMethodNotAllowed\n" +
		"handler.tmpl:20: bare HTTP status code 404, use http.StatusNotFound\n" +
		"go: downloading example.com/x v1.0.0\n" +
		"exit status 1\n"
	got := vetoutput.Lines(out)
	want := []vetoutput.Line{
		{File: "web/a.go", Line: 12, Col: 5, Message: "bare HTTP status code 405, use nethttp.StatusMethodNotAllowed"},
		{File: "handler.tmpl", Line: 20, Message: "bare HTTP status code 404, use http.StatusNotFound"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if s := want[1].String(); s != "handler.tmpl:20: bare HTTP status code 404, use http.StatusNotFound" {
		t.Errorf("String: got %q", s)
	}
}

func TestSplitPosn(t *testing.T) {
	for _, tt := range []struct {
		posn      string
		file      string
		line, col int
		ok        bool
	}{
		{"/m/web/a.go:12:7", "/m/web/a.go", 12, 7, true},
		{"/m/web/a.go:12", "/m/web/a.go", 12, 0, true}, // a //line directive without a column
		{`C:\m\a.go:3:4`, `C:\m\a.go`, 3, 4, true},     // a colon in the file name
		{"/m/web/a.go", "/m/web/a.go", 0, 0, false},
		{"", "", 0, 0, false},
	} {
		file, line, col, ok := vetoutput.SplitPosn(tt.posn)
		if file != tt.file || line != tt.line || col != tt.col || ok != tt.ok {
			t.Errorf("SplitPosn(%q) = %q, %d, %d, %v; want %q, %d, %d, %v", tt.posn, file, line, col, ok, tt.file, tt.line, tt.col, tt.ok)
		}
	}
}
