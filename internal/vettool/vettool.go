// Package vettool recognises go vet's calls of a vet tool, so that a
// statuslint binary can be both a command of its own and go vet's tool.
package vettool

import "strings"

// IsProtocol reports whether args are go vet's calls of a vet tool:
// -V=full for its cache key, -flags for its flag list, or a unit's .cfg file.
func IsProtocol(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(a, "-V") || strings.HasPrefix(a, "--V") || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
