package lsp

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// GoplsEnv names the environment variable that, if set, names the gopls
// executable the proxy runs.
const GoplsEnv = "STATUSLINT_GOPLS"

// GoplsInstall is the command that installs the gopls the proxy is tested
// with.
const GoplsInstall = "go install golang.org/x/tools/gopls@v0.23.0"

// FindGopls returns the real gopls: $STATUSLINT_GOPLS if set, else the
// first gopls in PATH that is not self (statuslint-gopls may be installed
// under gopls's name), else gopls in $(go env GOBIN) or $(go env GOPATH)/bin,
// where go install puts it. The error names every place it looked.
func FindGopls(self string) (string, error) {
	if env := os.Getenv(GoplsEnv); env != "" {
		path, err := exec.LookPath(env)
		if err != nil {
			return "", fmt.Errorf("$%s=%s: %v", GoplsEnv, env, err)
		}
		return path, nil
	}
	selfInfo, _ := os.Stat(self)
	isSelf := func(path string) bool {
		info, err := os.Stat(path)
		return err == nil && selfInfo != nil && os.SameFile(info, selfInfo)
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "."
		}
		path := filepath.Join(dir, "gopls")
		if isExecutable(path) && !isSelf(path) {
			return path, nil
		}
	}
	var places []string
	for _, v := range []string{"GOBIN", "GOPATH"} {
		out, err := exec.Command("go", "env", v).Output()
		value := strings.TrimSpace(string(out))
		if err != nil || value == "" {
			continue
		}
		dir := value
		if v == "GOPATH" {
			dir = filepath.Join(filepath.SplitList(value)[0], "bin")
		}
		path := filepath.Join(dir, "gopls")
		if isExecutable(path) && !isSelf(path) {
			return path, nil
		}
		places = append(places, dir)
	}
	where := "$" + GoplsEnv + ", PATH"
	for _, dir := range places {
		where += ", " + dir
	}
	return "", errors.New("cannot find gopls (looked in " + where + "); install it with '" + GoplsInstall + "' or set $" + GoplsEnv + " to its path")
}

func isExecutable(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular() && info.Mode().Perm()&0o111 != 0
}

// goplsBoolFlags are gopls's flags that take no value (gopls help): every
// other flag written without "=" takes the next argument as its value.
var goplsBoolFlags = map[string]bool{
	"v": true, "verbose": true, "vv": true, "veryverbose": true, "rpc.trace": true,
	"h": true, "help": true,
}

// IsServing reports whether gopls's command line args start the language
// server on stdin and stdout, which the proxy stands between: no command
// or "serve", and no -listen (a daemon serves its clients over a socket)
// or -h. Every other invocation (version, api-json, check …) runs gopls
// unproxied.
func IsServing(args []string) bool {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return i+1 == len(args) || args[i+1] == "serve"
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			if a != "serve" {
				return false // a command of its own
			}
			continue // serve's own flags follow
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case name == "listen" || name == "h" || name == "help":
			return false
		case goplsBoolFlags[name] || hasValue:
		default:
			i++ // the flag's value
		}
	}
	return true
}
