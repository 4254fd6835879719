package lsp

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/statuslint/statuslint/internal/vetoutput"
)

// The analysis runs go vet with this server's executable as the vet tool,
// the buffers as an -overlay, and -json output, in the buffer's directory:
//
//	go vet -vettool=statuslint-lsp -json -overlay=overlay.json [flags] .
//
// go vet analyses each dependency once and keeps the wrapper facts it
// exports in the build cache, so after the first run only the edited
// package is type-checked and analysed again (about 1-2 s on gin's root
// package, with its tests). The in-process alternative, the checker API
// over go/packages with overlays, must load every dependency from source to
// compute the facts: about 30 s and 2 GB per run on the same package.
//
// go vet hands the vet tool the overlay's replacement files in place of
// the originals (the vet .cfg lists them), so the analyzer sees the
// buffers and diagnostics name the replacement files; vetRun maps them
// back to the buffers.

// maxVetOutput bounds the output kept from one go vet run.
const maxVetOutput = 64 << 20

// A vetRun is one go vet invocation over one package directory.
type vetRun struct {
	goCmd   string   // the go command
	tool    string   // the vet tool: an executable that speaks the go vet protocol
	flags   []string // analyzer and build flags, passed through
	dir     string   // the package directory
	tmpDir  string   // where overlay files are written
	timeout time.Duration

	// buffers maps each open document's file name to its content.
	buffers map[string][]byte
}

// vetResult is what one run found, by file name of the original files.
type vetResult struct {
	findings map[string][]vetFinding
	// problem, if not empty, says why the package could not be analysed:
	// a syntax or type error, a file outside any module, a failing go command.
	problem string
}

// A vetFinding is one diagnostic, in byte offsets of the analysed content.
type vetFinding struct {
	start, end int
	message    string
	fixes      []vetFix
}

type vetFix struct {
	message string
	edits   []vetEdit
}

type vetEdit struct {
	start, end int
	newText    string
}

// run runs go vet and returns what it found. An error means the run
// itself failed (the go command is missing, the context was cancelled).
func (r *vetRun) run(ctx context.Context) (*vetResult, error) {
	overlay := struct{ Replace map[string]string }{Replace: make(map[string]string)}
	byReplacement := make(map[string]string) // replacement file's base name to buffer's file name
	for name, content := range r.buffers {
		base := replacementName(name)
		repl := filepath.Join(r.tmpDir, base)
		if err := os.WriteFile(repl, content, 0o600); err != nil {
			return nil, err
		}
		defer os.Remove(repl)
		overlay.Replace[name] = repl
		byReplacement[base] = name
	}
	overlayFile := filepath.Join(r.tmpDir, "overlay.json")
	data, err := json.Marshal(overlay)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(overlayFile, data, 0o600); err != nil {
		return nil, err
	}
	defer os.Remove(overlayFile)

	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	args := append([]string{"vet", "-vettool=" + r.tool, "-json", "-overlay=" + overlayFile}, r.flags...)
	cmd := exec.CommandContext(ctx, r.goCmd, append(args, ".")...)
	cmd.Dir = r.dir
	// Interrupt rather than kill, so the go command stops its vet tool too.
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 5 * time.Second
	out := &cappedBuffer{max: maxVetOutput}
	cmd.Stdout, cmd.Stderr = out, out // one stream: the JSON and the go command's errors interleave
	runErr := cmd.Run()
	if ctx.Err() != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return &vetResult{problem: fmt.Sprintf("go vet did not finish in %v", r.timeout)}, nil
		}
		return nil, ctx.Err()
	}
	if _, ok := runErr.(*exec.ExitError); runErr != nil && !ok {
		return nil, runErr // go did not start
	}
	res, err := parseVetOutput(out.Bytes(), func(file string) (string, []byte, bool) {
		// go vet caches the vet tool's output by the content it analysed,
		// and replays it with the file names of the run that filled the
		// cache: another server's replacement files, or the originals.
		// The content is the same, so the offsets are right; the names are
		// matched by the replacement's base name, which depends only on
		// the original file name.
		name, ok := byReplacement[filepath.Base(file)]
		if !ok {
			name = file
		}
		if content, ok := r.buffers[name]; ok {
			return name, content, true
		}
		return "", nil, false // a file that is not open: no one to tell
	})
	if err != nil {
		return nil, err
	}
	if res.problem == "" && runErr != nil && len(res.findings) == 0 {
		// go vet failed without saying anything we understood.
		res.problem = "go vet failed: " + runErr.Error()
	}
	return res, nil
}

// parseVetOutput reads go vet -json output. lookup maps a file named in a
// diagnostic to the original file name and the analysed content.
func parseVetOutput(out []byte, lookup func(file string) (string, []byte, bool)) (*vetResult, error) {
	vet, err := vetoutput.ParseJSON(out)
	if err != nil {
		return nil, err
	}
	res := &vetResult{findings: make(map[string][]vetFinding)}
	problems := vet.Text
	seen := make(map[string]bool)
	for _, r := range vet.Results {
		if r.Error != "" {
			problems = append(problems, r.Error)
			continue
		}
		for _, d := range r.Diagnostics {
			name, f, ok := convert(d, lookup)
			if !ok {
				continue // not in an open buffer
			}
			// A file can be analysed in more than one package (the
			// package and its test variant): report it once.
			key := fmt.Sprintf("%s:%d:%d:%s", name, f.start, f.end, f.message)
			if seen[key] {
				continue
			}
			seen[key] = true
			res.findings[name] = append(res.findings[name], f)
		}
	}
	res.problem = strings.Join(problems, "\n")
	return res, nil
}

// convert turns a go vet diagnostic into a finding in its file's offsets.
func convert(d vetoutput.Diagnostic, lookup func(string) (string, []byte, bool)) (string, vetFinding, bool) {
	file, line, col, ok := vetoutput.SplitPosn(d.Posn)
	if !ok || col == 0 {
		return "", vetFinding{}, false
	}
	name, content, ok := lookup(file)
	if !ok {
		return "", vetFinding{}, false
	}
	m := newMapper(content)
	start, ok := m.lineColumn(line, col)
	if !ok {
		return "", vetFinding{}, false
	}
	end := start
	if endFile, endLine, endCol, ok := vetoutput.SplitPosn(d.End); ok && endCol > 0 && endFile == file {
		if e, ok := m.lineColumn(endLine, endCol); ok && e >= start {
			end = e
		}
	}
	f := vetFinding{start: start, end: end, message: d.Message}
fixes:
	for _, sf := range d.SuggestedFixes {
		fix := vetFix{message: sf.Message}
		for _, e := range sf.Edits {
			if e.Filename != file || e.Start < 0 || e.Start > e.End || e.End > len(content) {
				continue fixes // an edit elsewhere: not applicable as one buffer edit
			}
			fix.edits = append(fix.edits, vetEdit{start: e.Start, end: e.End, newText: e.New})
		}
		f.fixes = append(f.fixes, fix)
	}
	return name, f, true
}

// replacementName returns the base name of name's replacement file: a
// hash of the whole name, so that it is the same in every server process
// and unique in a directory, and the base name, for readable messages.
func replacementName(name string) string {
	sum := sha256.Sum256([]byte(name))
	return hex.EncodeToString(sum[:8]) + "-" + filepath.Base(name)
}

// cappedBuffer keeps the first max bytes written to it and drops the rest,
// so that a runaway go vet cannot exhaust the server's memory.
type cappedBuffer struct {
	buf bytes.Buffer
	max int
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *cappedBuffer) Bytes() []byte { return b.buf.Bytes() }
