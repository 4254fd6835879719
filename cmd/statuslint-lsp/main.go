// Command statuslint-lsp is statuslint's language server: it shows
// statuslint's diagnostics in any LSP editor as you type, with the fixes
// as quick fixes, beside gopls. It speaks LSP on stdin and stdout.
//
// Usage:
//
//	statuslint-lsp [flags]
//
// The flags are statuslint's analyzer flags (run statuslint-lsp -h), and
// -tags for build tags; -version prints the version. The server runs go vet with itself as the vet tool,
// so the go command must be in PATH.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/lsp"
	"github.com/statuslint/statuslint/internal/version"
	"github.com/statuslint/statuslint/internal/vettool"
)

func main() {
	if vettool.IsProtocol(os.Args[1:]) {
		// The server runs go vet with this executable as the vet tool.
		vettool.Main(analyzer.Analyzer)
	}

	fs := flag.NewFlagSet("statuslint-lsp", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "statuslint-lsp: statuslint's language server, on stdin and stdout\n\nUsage:\n\tstatuslint-lsp [flags]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	// The analyzer's flags, validated here and passed to go vet as given.
	a := analyzer.New()
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.String("tags", "", "a comma-separated `list` of build tags, as for go build")
	fs.Bool("stdio", true, "talk LSP on stdin and stdout (the only transport; accepted because clients pass it)")
	logFile := fs.String("logfile", "", "write the server's log to `file` (default: standard error)")
	printVersion := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if *printVersion {
		fmt.Println(version.String("statuslint-lsp"))
		return
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "statuslint-lsp: unexpected argument %q: the server takes only flags\n", fs.Arg(0))
		os.Exit(2)
	}
	var vetFlags []string
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "stdio" || f.Name == "logfile" || f.Name == "version" {
			return
		}
		vetFlags = append(vetFlags, "-"+f.Name+"="+f.Value.String())
	})

	logOut := io.Writer(os.Stderr)
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			log.Fatalf("statuslint-lsp: %v", err)
		}
		defer f.Close()
		logOut = f
	}
	self, err := os.Executable()
	if err != nil {
		log.Fatalf("statuslint-lsp: cannot find its own executable to run as the vet tool: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err = lsp.Serve(ctx, stdio{}, lsp.Options{
		VetTool: self,
		Flags:   vetFlags,
		Log:     log.New(logOut, "statuslint-lsp: ", log.LstdFlags),
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint-lsp: %v\n", err)
		os.Exit(1)
	}
}

// stdio is the server's end of the connection: stdin and stdout.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error {
	return errors.Join(os.Stdin.Close(), os.Stdout.Close())
}
