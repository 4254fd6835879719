package main_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestToolIDTrimpath checks the first condition for a CI fleet to share
// statuslint's results through the go command's cache (README, "At
// scale"): go vet keys every result by the vet tool's ID, which it reads
// from `statuslint -V=full`, and two -trimpath builds of the same source
// from different directories must answer the same. Without -trimpath the
// directory is in the binary, so every runner's ID differs, which the
// second half checks so that the first cannot pass for lack of a difference.
func TestToolIDTrimpath(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command four times")
	}
	t.Parallel()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	// Two copies at different paths and depths, as two CI runners' clones.
	base := t.TempDir()
	srcs := []string{filepath.Join(base, "one", "statuslint"), filepath.Join(base, "two", "deeper", "src")}
	for _, src := range srcs {
		copySource(t, root, src)
	}
	for _, tt := range []struct {
		flags []string
		same  bool
	}{
		{[]string{"-trimpath"}, true},
		{nil, false},
	} {
		t.Run(strings.Join(append([]string{"flags"}, tt.flags...), " "), func(t *testing.T) {
			var ids, lines []string
			for i, src := range srcs {
				bin := filepath.Join(t.TempDir(), "statuslint")
				// No VCS stamp: the copies are not repositories, and go
				// install ...@version stamps none either.
				args := append([]string{"build", "-buildvcs=false", "-o", bin}, tt.flags...)
				out, code := run(t, src, "go", append(args, "./cmd/statuslint")...)
				if code != 0 {
					t.Fatalf("go build in copy %d: %s", i, out)
				}
				out, code = run(t, src, bin, "-V=full")
				line := strings.TrimSpace(out)
				id, ok := toolID(line)
				if code != 0 || !ok {
					t.Fatalf("statuslint -V=full: exit %d, output %q; want 0 and NAME version devel ... buildID=ID", code, out)
				}
				// The line starts with the executable's own path, which go
				// vet ignores: it keys results by the build ID alone.
				lines = append(lines, strings.TrimPrefix(line, bin))
				ids = append(ids, id)
			}
			if got := ids[0] == ids[1] && lines[0] == lines[1]; got != tt.same {
				t.Errorf("builds from %s and %s: -V=full answers\n%s\n%s\nidentical: %v, want %v", srcs[0], srcs[1], lines[0], lines[1], got, tt.same)
			}
		})
	}
}

// toolID returns the ID that the go command takes from a vet tool's
// -V=full line for a development build (cmd/go's Builder.toolID): the
// last field, buildID=ID, after "version devel".
func toolID(line string) (string, bool) {
	f := strings.Fields(line)
	if len(f) < 4 || f[1] != "version" || !strings.Contains(f[2], "devel") {
		return "", false
	}
	return strings.CutPrefix(f[len(f)-1], "buildID=")
}

// copySource copies the module at root to dst: the files the build reads,
// not the repository or the benchmark's output.
func copySource(t *testing.T, root, dst string) {
	t.Helper()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		switch {
		case d.Name() == ".git" && d.IsDir(), rel == filepath.Join("bench", "out"), d.Name() == "testdata":
			return filepath.SkipDir
		case d.Name() == ".git", !d.IsDir() && !d.Type().IsRegular():
			return nil // a worktree's .git file, a symlink: not read by the build
		case d.IsDir():
			return os.MkdirAll(filepath.Join(dst, rel), 0o777)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o666)
	})
	if err != nil {
		t.Fatal(err)
	}
}
