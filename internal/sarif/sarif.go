// Package sarif turns statuslint's findings, as go vet's -json output
// carries them, into a SARIF 2.1.0 log: the format in which code review
// tools such as GitHub code scanning take findings.
//
// The log is the same on every machine that finds the same things: files
// under the module root are named relative to it through the uriBaseId
// SrcRoot, whose absolute location the log does not record (tools that
// upload it resolve it against their checkout), and results come in a
// fixed order whatever the order in which go vet finished the packages.
package sarif

import (
	"cmp"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"
	"github.com/statuslint/statuslint/internal/vetoutput"
)

// SrcRoot is the uriBaseId of the files under the module root, the name
// GitHub code scanning and SARIF viewers know for the checkout's root.
const SrcRoot = "%SRCROOT%"

// A Tool describes the analyzer whose findings a log holds.
type Tool struct {
	Name, Version, InformationURI string
	// Rules describes each diagnostic category, a rule in the log. A
	// category missing from it still becomes a rule, described by its id.
	Rules []Rule
}

// A Rule is a diagnostic category, described.
type Rule struct {
	ID, Description string
}

// Write writes the SARIF log of out to w: one result per finding (go vet
// reports a package's findings again for its test variant; the log has
// them once), with the category as rule id, the message, the region, the
// related locations and each suggested fix. Analysis errors become tool
// execution notifications. root is the module root, which SrcRoot names.
// Write reports how many results it wrote.
func Write(w io.Writer, out *vetoutput.Output, root string, tool Tool) (int, error) {
	b := &builder{root: root, files: make(map[string]*source)}
	run := sarif.NewRunWithInformationURI(tool.Name, tool.InformationURI)
	if tool.InformationURI == "" {
		run.Tool.Driver.InformationURI = nil // "" is no URI
	}
	if tool.Version != "" {
		run.Tool.Driver.WithVersion(tool.Version)
	}
	run.WithColumnKind("utf16CodeUnits") // go vet counts bytes: columns are converted
	run.WithOriginalUriBaseIds(map[string]*sarif.ArtifactLocation{
		SrcRoot: sarif.NewArtifactLocation().WithDescriptionText("the module root: the directory of go.mod, or of go.work in a workspace"),
	})
	rules := make(map[string]uint) // rule id -> index
	addRule := func(id, description string) {
		run.AddRule(id).WithDescription(cmp.Or(description, id))
		rules[id] = uint(len(run.Tool.Driver.Rules) - 1)
	}
	for _, r := range tool.Rules {
		addRule(r.ID, r.Description)
	}

	diags, failures := collect(out)
	for _, d := range diags {
		id := cmp.Or(d.Category, tool.Name)
		if _, ok := rules[id]; !ok {
			addRule(id, "")
		}
		result := sarif.NewRuleResult(id).
			WithRuleIndex(int(rules[id])).
			WithLevel("warning").
			WithMessage(sarif.NewTextMessage(d.Message))
		result.AddLocation(b.location(d.Posn, d.End))
		for i, rel := range d.Related {
			result.AddRelatedLocation(b.location(rel.Posn, rel.End).WithId(i + 1).WithMessage(sarif.NewTextMessage(rel.Message)))
		}
		for _, fix := range d.SuggestedFixes {
			result.AddFix(b.fix(fix))
		}
		run.AddResult(result)
	}
	inv := run.AddInvocation(len(failures) == 0)
	for _, f := range failures {
		inv.AddTToolExecutionNotification(sarif.NewNotification().
			WithLevel("error").
			WithMessage(sarif.NewTextMessage(f))) // sic: the library's name
	}

	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return 0, err
	}
	log.AddRun(run)
	if err := log.PrettyWrite(w); err != nil {
		return 0, err
	}
	_, err = io.WriteString(w, "\n")
	return len(diags), err
}

// collect returns the diagnostics of out, each once and sorted by
// position, and its analysis errors, sorted.
func collect(out *vetoutput.Output) ([]vetoutput.Diagnostic, []string) {
	var diags []vetoutput.Diagnostic
	var failures []string
	seen := make(map[string]bool)
	for _, r := range out.Results {
		if r.Error != "" {
			failures = append(failures, r.Package+": "+r.Error)
			continue
		}
		for _, d := range r.Diagnostics {
			// The same finding in a package and in its test variant
			// differs in nothing that matters here.
			key := strings.Join([]string{d.Posn, d.End, d.Category, d.Message}, "\x00")
			if !seen[key] {
				seen[key] = true
				diags = append(diags, d)
			}
		}
	}
	slices.SortFunc(diags, func(x, y vetoutput.Diagnostic) int {
		xf, xl, xc, _ := vetoutput.SplitPosn(x.Posn)
		yf, yl, yc, _ := vetoutput.SplitPosn(y.Posn)
		return cmp.Or(strings.Compare(xf, yf), cmp.Compare(xl, yl), cmp.Compare(xc, yc),
			strings.Compare(x.Category, y.Category), strings.Compare(x.Message, y.Message))
	})
	slices.Sort(failures)
	return diags, slices.Compact(failures)
}

// builder makes locations, reading each file once to convert go vet's byte
// columns and offsets.
type builder struct {
	root  string
	files map[string]*source
}

// source is a file's content and the offsets at which its lines start;
// both nil for a file that cannot be read.
type source struct {
	src   []byte
	lines []int
}

// location returns the location of the span posn to end, both
// "file:line:col" as go vet prints them (end may be empty).
func (b *builder) location(posn, end string) *sarif.Location {
	file, line, col, _ := vetoutput.SplitPosn(posn)
	region := sarif.NewRegion()
	if line > 0 {
		region.WithStartLine(line)
		if col > 0 {
			region.WithStartColumn(b.column(file, line, col))
		}
	}
	if efile, eline, ecol, _ := vetoutput.SplitPosn(end); efile == file && eline > 0 && (eline != line || ecol != col) {
		region.WithEndLine(eline)
		if ecol > 0 {
			region.WithEndColumn(b.column(file, eline, ecol))
		}
	}
	return sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(b.artifact(file)).
		WithRegion(region))
}

// fix returns the SARIF fix of one suggested fix: its edits grouped by
// file, in the order go vet gave them.
func (b *builder) fix(fix vetoutput.SuggestedFix) *sarif.Fix {
	f := sarif.NewFix().WithDescriptionText(fix.Message)
	changes := make(map[string]*sarif.ArtifactChange)
	for _, e := range fix.Edits {
		ch := changes[e.Filename]
		if ch == nil {
			ch = sarif.NewArtifactChange(b.artifact(e.Filename))
			changes[e.Filename] = ch
			f.AddArtifactChanges(ch)
		}
		deleted := sarif.NewRegion().WithByteOffset(e.Start).WithByteLength(e.End - e.Start)
		if f := b.read(e.Filename); f.src != nil && 0 <= e.Start && e.Start <= e.End && e.End <= len(f.src) {
			// Also as lines and columns, which more viewers read.
			sl, sc := f.lineCol(e.Start)
			el, ec := f.lineCol(e.End)
			deleted.WithStartLine(sl).WithStartColumn(sc).WithEndLine(el).WithEndColumn(ec)
		}
		ch.WithReplacement(sarif.NewReplacement(deleted).
			WithInsertedContent(sarif.NewArtifactContent().WithText(e.New)))
	}
	return f
}

// artifact names file relative to the module root, or by its absolute
// file URI if it is outside.
func (b *builder) artifact(file string) *sarif.ArtifactLocation {
	loc := sarif.NewArtifactLocation()
	if rel, err := filepath.Rel(b.root, file); err == nil && filepath.IsLocal(rel) {
		return loc.WithUri((&url.URL{Path: filepath.ToSlash(rel)}).String()).WithUriBaseId(SrcRoot)
	}
	abs := filepath.ToSlash(file)
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // a Windows drive: file:///C:/...
	}
	return loc.WithUri((&url.URL{Scheme: "file", Path: abs}).String())
}

// column converts go vet's 1-based byte column col on line of file to a
// 1-based column in UTF-16 code units; if the file cannot be read, as
// under a //line directive naming a file that is not there, it returns col.
func (b *builder) column(file string, line, col int) int {
	f := b.read(file)
	if line < 1 || line > len(f.lines) || f.lines[line-1]+col-1 > len(f.src) {
		return col
	}
	_, c := f.lineCol(f.lines[line-1] + col - 1)
	return c
}

func (b *builder) read(file string) *source {
	f, ok := b.files[file]
	if !ok {
		f = new(source)
		if src, err := os.ReadFile(file); err == nil {
			f.src, f.lines = src, []int{0}
			for i, c := range src {
				if c == '\n' {
					f.lines = append(f.lines, i+1)
				}
			}
		}
		b.files[file] = f
	}
	return f
}

// lineCol returns the 1-based line and UTF-16 column of offset off in f,
// which must be within it.
func (f *source) lineCol(off int) (line, col int) {
	i, found := slices.BinarySearch(f.lines, off)
	if !found {
		i-- // off is inside line i (0-based)
	}
	col = 1
	for _, r := range string(f.src[f.lines[i]:off]) {
		col++
		if r >= 0x10000 && r != utf8.RuneError {
			col++ // a surrogate pair
		}
	}
	return i + 1, col
}
