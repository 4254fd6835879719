// Package version reports the statuslint module's version, as the go
// command recorded it in the running binary's build information.
package version

import "runtime/debug"

// modulePath is the module whose version the commands print.
const modulePath = "github.com/statuslint/statuslint"

// String returns "cmd VERSION", such as "statuslint v0.4.0", or
// "statuslint (devel)" for a binary built inside a checkout.
func String(cmd string) string {
	return cmd + " " + Version()
}

// Version returns the module's version: the main module's when the
// command is built from it (go install ...@v0.4.0, or "(devel)" in a
// checkout), else the dependency's (a tool built in another module,
// as go tool does).
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	if info.Main.Path == modulePath {
		return orDevel(info.Main.Version)
	}
	for _, dep := range info.Deps {
		if dep.Path == modulePath {
			if dep.Replace != nil && dep.Replace.Version == "" {
				return "(devel)" // replaced by a directory
			}
			return orDevel(dep.Version)
		}
	}
	return "(devel)"
}

func orDevel(v string) string {
	if v == "" {
		return "(devel)"
	}
	return v
}
