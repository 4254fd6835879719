package sarif_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	gosarif "github.com/owenrumney/go-sarif/v2/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/statuslint/statuslint/internal/sarif"
	"github.com/statuslint/statuslint/internal/vetoutput"
)

// TestWrite checks what the command's end-to-end test cannot reach
// easily: columns after non-ASCII text, a file outside the module root,
// analysis errors, and one result for a finding reported twice.
func TestWrite(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "dir", "a.go")
	// go vet's columns count bytes; SARIF's here count UTF-16 code units:
	// "é" is 2 bytes and 1 unit, "😀" 4 bytes and 2 units.
	src := "package a\n\nvar s = \"é😀\"; var _ = f(404)\n"
	if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	lit := bytes.Index([]byte(src), []byte("404"))
	litCol := lit - bytes.LastIndexByte([]byte(src[:lit]), '\n') // 1-based byte column
	posn := func(col int) string { return file + ":3:" + strconv.Itoa(col) }
	d := vetoutput.Diagnostic{
		Category: "bare",
		Posn:     posn(litCol),
		End:      posn(litCol + 3),
		Message:  "bare HTTP status code 404, use http.StatusNotFound",
		Related:  []vetoutput.Related{{Posn: file + ":1:1", Message: "becomes a status here"}},
		SuggestedFixes: []vetoutput.SuggestedFix{{
			Message: "Replace 404 with http.StatusNotFound",
			Edits:   []vetoutput.Edit{{Filename: file, Start: lit, End: lit + 3, New: "http.StatusNotFound"}},
		}},
	}
	outside := vetoutput.Diagnostic{Category: "invalid", Posn: "/elsewhere/b.go:1:1", Message: "m"}
	out := &vetoutput.Output{Results: []vetoutput.Result{
		{Package: "a", Analyzer: "statuslint", Diagnostics: []vetoutput.Diagnostic{d}},
		{Package: "a [a.test]", Analyzer: "statuslint", Diagnostics: []vetoutput.Diagnostic{d, outside}},
		{Package: "c", Analyzer: "statuslint", Error: "broken"},
	}}

	var buf bytes.Buffer
	n, err := sarif.Write(&buf, out, root, sarif.Tool{Name: "statuslint", Rules: []sarif.Rule{{ID: "bare"}}})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("wrote %d results, want 2", n)
	}
	validate(t, buf.Bytes())
	log, err := gosarif.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2:\n%s", len(run.Results), buf.Bytes())
	}

	// Results are sorted by file: /elsewhere/b.go first.
	first, second := run.Results[0], run.Results[1]
	if got, want := *first.Locations[0].PhysicalLocation.ArtifactLocation.URI, "file:///elsewhere/b.go"; got != want {
		t.Errorf("outside the root: uri %q, want %q", got, want)
	}
	if base := first.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseId; base != nil {
		t.Errorf("outside the root: uriBaseId %q, want none", *base)
	}
	if got := *first.RuleID; got != "invalid" || first.RuleIndex == nil || run.Tool.Driver.Rules[*first.RuleIndex].ID != "invalid" {
		t.Errorf("a category missing from the rules: ruleId %q, ruleIndex %v; want a rule of its own", got, first.RuleIndex)
	}

	loc := second.Locations[0].PhysicalLocation
	if got, want := *loc.ArtifactLocation.URI, "dir/a.go"; got != want {
		t.Errorf("uri %q, want %q", got, want)
	}
	wantCol := 1 + len([]rune("var s = \"é\"; var _ = f(")) + 2 // 😀 is two units
	if got := *loc.Region.StartColumn; got != wantCol {
		t.Errorf("startColumn %d, want %d (UTF-16; the byte column is %d)", got, wantCol, litCol)
	}
	if got := *loc.Region.EndColumn; got != wantCol+3 {
		t.Errorf("endColumn %d, want %d", got, wantCol+3)
	}
	if rel := second.RelatedLocations; len(rel) != 1 || *rel[0].Message.Text != "becomes a status here" || *rel[0].PhysicalLocation.Region.StartLine != 1 {
		t.Errorf("related locations %+v, want one on line 1 with its message", rel)
	}
	rep := second.Fixes[0].ArtifactChanges[0].Replacements[0]
	if *rep.DeletedRegion.ByteOffset != lit || *rep.DeletedRegion.ByteLength != 3 || *rep.DeletedRegion.StartColumn != wantCol {
		t.Errorf("deleted region %+v, want byte offset %d, length 3, start column %d", rep.DeletedRegion, lit, wantCol)
	}

	inv := run.Invocations[0]
	if *inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 || *inv.ToolExecutionNotifications[0].Message.Text != "c: broken" {
		t.Errorf("an analysis error: invocation %+v, want executionSuccessful false and one notification c: broken", inv)
	}
}

// validate fails the test unless log is valid against the SARIF 2.1.0
// schema in testdata (see cmd/statuslint's TestSARIF for its source).
func validate(t *testing.T, log []byte) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schema, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", schema); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(doc); err != nil {
		t.Errorf("not valid SARIF 2.1.0: %v\n%s", err, log)
	}
}
