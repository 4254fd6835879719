package lsp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/lsp"
)

func TestIsServing(t *testing.T) {
	for _, test := range []struct {
		args string
		want bool
	}{
		{"", true},
		{"serve", true},
		{"-mode=stdio", true},
		{"-mode stdio", true},
		{"-remote=auto", true},
		{"-remote auto -logfile /tmp/x serve -rpc.trace", true},
		{"-v -rpc.trace", true},
		{"serve -listen=:0", false}, // a daemon on a socket
		{"-listen :0", false},
		{"version", false},
		{"-v version", false},
		{"api-json", false},
		{"check a.go", false},
		{"-logfile serve version", false}, // serve is -logfile's value
		{"-h", false},
	} {
		if got := lsp.IsServing(strings.Fields(test.args)); got != test.want {
			t.Errorf("IsServing(%q) = %v, want %v", test.args, got, test.want)
		}
	}
}

func TestFindGopls(t *testing.T) {
	dir := t.TempDir()
	self := filepath.Join(dir, "self", "gopls") // statuslint-gopls under gopls's name
	real := filepath.Join(dir, "real", "gopls")
	for _, exe := range []string{self, real} {
		os.MkdirAll(filepath.Dir(exe), 0o755)
		if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(lsp.GoplsEnv, "")
	t.Setenv("PATH", filepath.Dir(self)+string(filepath.ListSeparator)+filepath.Dir(real))
	if got, err := lsp.FindGopls(self); err != nil || got != real {
		t.Errorf("FindGopls with itself first in PATH = %q, %v, want %q", got, err, real)
	}
	t.Setenv(lsp.GoplsEnv, real)
	if got, err := lsp.FindGopls(self); err != nil || got != real {
		t.Errorf("FindGopls with $%s = %q, %v, want %q", lsp.GoplsEnv, got, err, real)
	}
}
