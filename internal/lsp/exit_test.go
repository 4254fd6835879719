package lsp_test

import (
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/statuslint/statuslint/internal/lsp"
)

// TestExitWithStdinOpen runs the built servers as an editor does, with a
// pipe as stdin that the editor keeps open after exit: the server must
// end on exit, with 0 after shutdown and 1 without (the specification),
// not wait for more input.
func TestExitWithStdinOpen(t *testing.T) {
	for _, server := range []struct {
		name string
		cmd  func() *exec.Cmd
	}{
		{"statuslint-lsp", func() *exec.Cmd { return exec.Command(vetTool) }},
		{"statuslint-gopls", func() *exec.Cmd {
			// With the stand-in gopls, which exits as gopls does.
			cmd := exec.Command(goplsProxy)
			cmd.Env = append(os.Environ(), lsp.GoplsEnv+"="+os.Args[0], fakeGoplsEnv+"=1")
			return cmd
		}},
	} {
		for _, shutdown := range []bool{true, false} {
			name := server.name + "/exit"
			want := 1
			if shutdown {
				name, want = server.name+"/shutdown+exit", 0
			}
			t.Run(name, func(t *testing.T) {
				cmd := server.cmd()
				stdin, err := cmd.StdinPipe()
				if err != nil {
					t.Fatal(err)
				}
				defer stdin.Close() // only after the server has exited
				stdout, err := cmd.StdoutPipe()
				if err != nil {
					t.Fatal(err)
				}
				cmd.Stderr = os.Stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				defer cmd.Process.Kill()
				c := newRawConn(stdout, stdin)
				call := func(id int, method string, params any) {
					t.Helper()
					if err := c.write(&rawMsg{ID: mustJSON(id), Method: method, Params: mustJSON(params)}); err != nil {
						t.Fatal(err)
					}
					for {
						m, err := c.read()
						if err != nil {
							t.Fatalf("waiting for the response to %s: %v", method, err)
						}
						if string(m.ID) == string(mustJSON(id)) && m.Method == "" {
							return
						}
					}
				}
				call(1, "initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}})
				c.write(&rawMsg{Method: "initialized", Params: mustJSON(map[string]any{})})
				if shutdown {
					call(2, "shutdown", nil)
				}
				if err := c.write(&rawMsg{Method: "exit"}); err != nil {
					t.Fatal(err)
				}
				exited := make(chan error, 1)
				go func() { exited <- cmd.Wait() }()
				select {
				case err := <-exited:
					code := 0
					var exitErr *exec.ExitError
					if errors.As(err, &exitErr) {
						code = exitErr.ExitCode()
					} else if err != nil {
						t.Fatal(err)
					}
					if code != want {
						t.Errorf("exit code %d, want %d", code, want)
					}
				case <-time.After(20 * time.Second):
					t.Fatalf("%s did not exit within 20s of exit, with its stdin open", server.name)
				}
			})
		}
	}
}
