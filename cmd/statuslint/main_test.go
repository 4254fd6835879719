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
	return runEnv(t, dir, nil, name, args...)
}

// runEnv is run with env added to the environment.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"), env...)
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
	return copyE2EModule(t, "nethttp")
}

// copyE2EModule copies the module testdata/e2e/name into a temporary
// directory and returns it.
func copyE2EModule(t *testing.T, name string) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join("..", "..", "testdata", "e2e", name))); err != nil {
		t.Fatal(err)
	}
	return dst
}

const handlerFile = `package m

import "net/http"

func handle(w http.ResponseWriter) { w.WriteHeader(404) }
`
