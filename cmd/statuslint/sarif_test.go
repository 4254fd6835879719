package main_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v2/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaFile is the SARIF 2.1.0 JSON schema (OASIS, errata 01) as
// github.com/owenrumney/go-sarif/v3 v3.3.1 vendors it in
// pkg/report/v210/sarif/schema.go, copied out verbatim. (statuslint writes
// with go-sarif v2, which does not link a schema validator into the vet
// tool; v3 serves only as the schema's source.)
var schemaFile = filepath.Join("..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json")

// TestSARIF runs statuslint -sarif on two copies of testdata/e2e/nethttp
// at different paths: the logs must be valid SARIF 2.1.0, byte for byte
// the same, and hold each finding once with its rule, message, region
// and fix, with paths relative to the module root.
func TestSARIF(t *testing.T) {
	bin := buildCommand(t)
	schema := compileSchema(t)

	var logs [][]byte
	for range 2 {
		out, code := runStdout(t, copyModule(t), bin, "-sarif", "./...")
		if code != 1 {
			t.Fatalf("statuslint -sarif ./...: exit %d, want 1 (findings)", code)
		}
		validate(t, schema, out)
		logs = append(logs, out)
	}
	if !bytes.Equal(logs[0], logs[1]) {
		t.Errorf("the logs of two copies of the module differ:\n%s\n---\n%s", logs[0], logs[1])
	}

	log, err := sarif.FromBytes(logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		if base := deref(loc.ArtifactLocation.URIBaseId); base != "%SRCROOT%" {
			t.Errorf("uriBaseId %q, want %%SRCROOT%%", base)
		}
		if id := deref(r.RuleID); id != "bare" {
			t.Errorf("ruleId %q, want bare (the category)", id)
		}
		msg := deref(r.Message.Text)
		got = append(got, fmt.Sprintf("%s:%d: %s", deref(loc.ArtifactLocation.URI), deref(loc.Region.StartLine), msg))
		// The fix replaces the literal with the constant the message names.
		_, constant, _ := strings.Cut(msg, ", use ")
		if len(r.Fixes) != 1 || !slices.ContainsFunc(r.Fixes[0].ArtifactChanges[0].Replacements, func(rep *sarif.Replacement) bool {
			return deref(rep.InsertedContent.Text) == constant && deref(rep.DeletedRegion.StartLine) == deref(loc.Region.StartLine)
		}) {
			t.Errorf("%s: no fix that writes %s on the finding's line", got[len(got)-1], constant)
		}
	}
	slices.Sort(got)
	want := slices.Sorted(slices.Values(wantFindings))
	if !slices.Equal(got, want) {
		t.Errorf("results:\n%s\nwant (each once, although go vet reports web's again for its test variant):\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	t.Run("nothing found", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "go.mod"), "module m\n\ngo 1.26.0\n")
		writeFile(t, filepath.Join(dir, "m.go"), strings.Replace(handlerFile, "404", "http.StatusNotFound", 1))
		out, code := runStdout(t, dir, bin, "-sarif", "./...")
		if code != 0 {
			t.Errorf("exit %d, want 0", code)
		}
		validate(t, schema, out)
	})
	t.Run("related location", func(t *testing.T) {
		// A code that travels through a variable: the result points at the
		// literal, its related location at where the value becomes a status.
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "go.mod"), "module m\n\ngo 1.26.0\n")
		writeFile(t, filepath.Join(dir, "m.go"), "package m\n\nimport \"net/http\"\n\nfunc handle(w http.ResponseWriter) {\n\tcode := 404\n\tw.WriteHeader(code)\n}\n")
		out, code := runStdout(t, dir, bin, "-sarif", "./...")
		validate(t, schema, out)
		log, err := sarif.FromBytes(out)
		if err != nil {
			t.Fatal(err)
		}
		if res := log.Runs[0].Results; code != 1 || len(res) != 1 || len(res[0].RelatedLocations) != 1 ||
			deref(res[0].RelatedLocations[0].PhysicalLocation.Region.StartLine) != 7 || deref(res[0].RelatedLocations[0].Message.Text) == "" {
			t.Errorf("exit %d, want 1 and one result on line 6 with a related location on line 7:\n%s", code, out)
		}
	})
	t.Run("with -C", func(t *testing.T) {
		// Paths stay relative to the module root, not to where it ran.
		dir := copyModule(t)
		out, code := runStdout(t, filepath.Dir(dir), bin, "-sarif", "-C", filepath.Base(dir), "./...")
		if code != 1 || !bytes.Equal(out, logs[0]) {
			t.Errorf("exit %d and a log that differs from the one run in the module:\n%s", code, out)
		}
	})
	t.Run("with -json", func(t *testing.T) {
		out, code := run(t, copyModule(t), bin, "-sarif", "-json", "./...")
		if code != 2 || !strings.Contains(out, "-sarif cannot be combined with -json") {
			t.Errorf("exit %d, output %q; want 2 and why", code, out)
		}
	})
}

// compileSchema compiles schemaFile.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validate fails the test unless log is valid against schema.
func validate(t *testing.T, schema *jsonschema.Schema, log []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatalf("the log is not JSON: %v\n%s", err, log)
	}
	if err := schema.Validate(doc); err != nil {
		t.Errorf("the log is not valid SARIF 2.1.0: %v", err)
	}
}

// runStdout runs a command in dir as run does and returns its standard
// output alone, with the exit code.
func runStdout(t *testing.T, dir, name string, args ...string) ([]byte, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	if stderr.Len() > 0 {
		t.Logf("%s %s: standard error:\n%s", name, strings.Join(args, " "), stderr.Bytes())
	}
	return out, cmd.ProcessState.ExitCode()
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o666); err != nil {
		t.Fatal(err)
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
