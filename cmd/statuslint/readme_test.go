package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestREADME checks that README and -h agree: every flag of -h has a row
// in README's flags table, and both state the four exit codes.
func TestREADME(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	help, code := run(t, ".", buildCommand(t), "-h")
	if code != 0 {
		t.Fatalf("statuslint -h: exit %d\n%s", code, help)
	}
	for _, m := range regexp.MustCompile(`(?m)^  -(\w+)`).FindAllStringSubmatch(help, -1) {
		if !strings.Contains(readme, "| `-"+m[1]) && !strings.Contains(readme, ", `-"+m[1]) {
			t.Errorf("-h has -%s, README's flags table has no row for it", m[1])
		}
	}
	for _, want := range []string{"0 when nothing is reported", "1 when something is", "2 for bad flags", "3 when statuslint could not analyse"} {
		if !strings.Contains(strings.Join(strings.Fields(help), " "), want) {
			t.Errorf("-h does not say %q", want)
		}
	}
	for _, row := range []string{"| 0 | nothing reported |", "| 1 | something reported", "| 2 | bad flags", "| 3 | could not analyse"} {
		if !strings.Contains(readme, row) {
			t.Errorf("README's exit codes have no row %q", row)
		}
	}
}

// TestInstallFromCheckout checks README's install from a checkout, go
// install ./cmd/...: it names the three commands, each a main package.
// TestInstallReal (STATUSLINT_SLOW_TESTS) installs them.
func TestInstallFromCheckout(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-f", "{{.Name}} {{.ImportPath}}", "../../cmd/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list ./cmd/...: %v\n%s", err, out)
	}
	got := strings.TrimSpace(string(out))
	want := "main github.com/statuslint/statuslint/cmd/statuslint\nmain github.com/statuslint/statuslint/cmd/statuslint-gopls\nmain github.com/statuslint/statuslint/cmd/statuslint-lsp"
	if got != want {
		t.Errorf("go list ./cmd/...:\n got %q\nwant %q", got, want)
	}
}

// TestInstallReal runs go install ./cmd/... from the checkout, as README
// says, into a new GOBIN, and runs the installed statuslint. It links
// three commands, so it runs only with STATUSLINT_SLOW_TESTS=1.
func TestInstallReal(t *testing.T) {
	if os.Getenv(slowEnv) == "" {
		t.Skipf("links three commands: set %s=1 to run it", slowEnv)
	}
	t.Parallel()
	gobin := t.TempDir()
	if out, code := runEnv(t, filepath.Join("..", ".."), []string{"GOBIN=" + gobin}, "go", "install", "./cmd/..."); code != 0 {
		t.Fatalf("go install ./cmd/...: exit %d\n%s", code, out)
	}
	for _, name := range []string{"statuslint", "statuslint-lsp", "statuslint-gopls"} {
		if _, err := os.Stat(filepath.Join(gobin, name)); err != nil {
			t.Errorf("go install ./cmd/... did not install %s: %v", name, err)
		}
	}
	out, code := run(t, ".", filepath.Join(gobin, "statuslint"), "-version")
	if code != 0 || !strings.HasPrefix(out, "statuslint ") {
		t.Errorf("installed statuslint -version: exit %d, output %q", code, out)
	}
}
