package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The tests build the real command once and run it the ways users do,
// through the real go command, on modules in temporary directories.

var (
	buildOnce sync.Once
	builtPath string
	buildErr  error
)

// buildCommand builds statuslint once per test binary and returns its path.
func buildCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command and runs the go command")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "statuslint-test")
		if err != nil {
			buildErr = err
			return
		}
		builtPath = filepath.Join(dir, "statuslint")
		if out, err := exec.Command("go", "build", "-o", builtPath, ".").CombinedOutput(); err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v", buildErr)
	}
	return builtPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if builtPath != "" {
		os.RemoveAll(filepath.Dir(builtPath))
	}
	os.Exit(code)
}

// run runs a command in dir and returns its combined output and exit code.
// Output with a panic or an internal error fails the test.
func run(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		code = exit.ExitCode()
	}
	for _, bad := range []string{"panic:", "internal error", "goroutine "} {
		if bytes.Contains(out, []byte(bad)) {
			t.Fatalf("%s %s: output has %q:\n%s", name, strings.Join(args, " "), bad, out)
		}
	}
	return string(out), code
}

// copyModule copies the e2e fixture module testdata/e2e/nethttp into a
// temporary directory: a cross-package wrapper, an alias, a dot import, a
// shadowed http and a file that lacks the net/http import.
func copyModule(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join("..", "..", "testdata", "e2e", "nethttp"))); err != nil {
		t.Fatal(err)
	}
	return dst
}

// writeModule writes files (name to content) and a go.mod into a new
// temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const handlerFile = `package m

import "net/http"

func handle(w http.ResponseWriter) { w.WriteHeader(404) }
`
