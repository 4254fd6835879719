// Command statuslint-gopls stands in for gopls: editors that run one Go
// language server get gopls's features and statuslint's diagnostics and
// quick fixes from it. It runs the real gopls and sits between the editor
// and gopls (see internal/lsp's Proxy).
//
// Usage: in place of gopls, with gopls's arguments. The real gopls is
// $STATUSLINT_GOPLS, else the first gopls in PATH that is not
// statuslint-gopls itself, else the one in $(go env GOBIN) or
// $(go env GOPATH)/bin. An invocation that does not serve LSP on stdin and
// stdout (gopls version, gopls check …) runs the real gopls unchanged.
//
// statuslint's settings come from the editor, as a "statuslint" object
// inside gopls's settings, such as VS Code's
//
//	"gopls": {"statuslint": {"allow": [200]}}
//
// statuslint-gopls -statuslint.version prints statuslint's version;
// statuslint-gopls version is gopls's.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"syscall"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/lsp"
	"github.com/statuslint/statuslint/internal/version"
	"github.com/statuslint/statuslint/internal/vettool"
)

const name = "statuslint-gopls"

// The proxy's own flags, read and removed before gopls sees the arguments.
// They are prefixed so that no gopls flag or command can collide with them.
const (
	versionFlag = "-statuslint.version"
	logFileFlag = "-statuslint.logfile" // -statuslint.logfile=file: the proxy's log
)

func main() {
	args := os.Args[1:]
	if vettool.IsProtocol(args) {
		// The analysis runs go vet with this executable as the vet tool.
		vettool.Main(analyzer.Analyzer)
	}
	var logFile string
	var goplsArgs []string
	for _, a := range args {
		switch {
		case a == versionFlag || a == "-"+versionFlag:
			fmt.Println(version.String(name))
			return
		case len(a) > len(logFileFlag) && a[:len(logFileFlag)+1] == logFileFlag+"=":
			logFile = a[len(logFileFlag)+1:]
		default:
			goplsArgs = append(goplsArgs, a)
		}
	}

	self, err := os.Executable()
	if err != nil {
		fatalf("cannot find its own executable: %v", err)
	}
	gopls, err := lsp.FindGopls(self)
	if err != nil {
		fatalf("%v", err)
	}
	cmd := exec.Command(gopls, goplsArgs...)
	if !lsp.IsServing(goplsArgs) {
		// gopls version, api-json, check …: gopls's, unchanged.
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
		os.Exit(run(cmd))
	}
	cmd.Stderr = os.Stderr

	logOut := io.Discard
	if logFile != "" {
		f, err := os.OpenFile(logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			fatalf("%v", err)
		}
		defer f.Close()
		logOut = f
	}
	// An interrupt or termination is passed on to gopls; the proxy ends
	// when gopls does, with its status.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	code, err := lsp.Proxy(ctx, stdio{}, cmd, lsp.ProxyOptions{
		Options: lsp.Options{
			VetTool: self,
			Log:     log.New(logOut, name+": ", log.LstdFlags),
		},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		if code == 0 {
			code = 1
		}
	}
	// Without waiting for the read of stdin, which the editor may hold
	// open after exit.
	os.Exit(code)
}

// run runs cmd and returns its exit code.
func run(cmd *exec.Cmd) int {
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exitErr):
		if exitErr.ExitCode() >= 0 {
			return exitErr.ExitCode()
		}
		return 1
	default:
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		return 1
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, name+": "+format+"\n", args...)
	os.Exit(1)
}

// stdio is the editor's end of the connection: stdin and stdout.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
