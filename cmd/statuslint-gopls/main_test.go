package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// build builds statuslint-gopls into a temporary directory.
func build(t *testing.T) string {
	t.Helper()
	exe := filepath.Join(t.TempDir(), "statuslint-gopls")
	if out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return exe
}

// run runs exe with env and args and returns its output and exit code.
func run(t *testing.T, exe string, env []string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

func TestCommand(t *testing.T) {
	exe := build(t)
	dir := t.TempDir()
	// A stand-in gopls that shows what it was given.
	fake := filepath.Join(dir, "gopls")
	script := "#!/bin/sh\necho \"gopls args: $*\"\necho \"gopls stdin: $(cat)\"\necho 'gopls stderr' >&2\nexit 7\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}

	t.Run("non-serving invocations pass through", func(t *testing.T) {
		for _, args := range [][]string{{"version"}, {"-v", "version"}, {"api-json"}, {"check", "a.go"}} {
			stdout, stderr, code := run(t, exe, []string{"STATUSLINT_GOPLS=" + fake}, "in", args...)
			want := "gopls args: " + strings.Join(args, " ") + "\ngopls stdin: in\n"
			if stdout != want || stderr != "gopls stderr\n" || code != 7 {
				t.Errorf("%q: got stdout %q, stderr %q, code %d; want %q, gopls stderr, 7", args, stdout, stderr, code, want)
			}
		}
	})

	t.Run("gopls found in PATH", func(t *testing.T) {
		stdout, _, code := run(t, exe, []string{"STATUSLINT_GOPLS=", "PATH=" + dir + string(filepath.ListSeparator) + os.Getenv("PATH")}, "", "version")
		if stdout != "gopls args: version\ngopls stdin: \n" || code != 7 {
			t.Errorf("got %q, code %d, want the gopls in PATH to run", stdout, code)
		}
	})

	t.Run("no gopls", func(t *testing.T) {
		goCmd, err := exec.LookPath("go")
		if err != nil {
			t.Skip("no go command")
		}
		empty := t.TempDir()
		_, stderr, code := run(t, exe, []string{
			"STATUSLINT_GOPLS=", "PATH=" + filepath.Dir(goCmd), "GOBIN=" + filepath.Join(empty, "bin"), "GOPATH=" + filepath.Join(empty, "gopath"),
		}, "", "version")
		for _, want := range []string{"cannot find gopls", "$STATUSLINT_GOPLS", "PATH", filepath.Join(empty, "bin"), filepath.Join(empty, "gopath", "bin"), "go install golang.org/x/tools/gopls@v0.23.0"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr %q does not contain %q", stderr, want)
			}
		}
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
	})

	t.Run("statuslint's version", func(t *testing.T) {
		stdout, _, code := run(t, exe, nil, "", "-statuslint.version")
		if !strings.HasPrefix(stdout, "statuslint-gopls ") || code != 0 {
			t.Errorf("got %q, code %d, want statuslint-gopls VERSION", stdout, code)
		}
	})
}
