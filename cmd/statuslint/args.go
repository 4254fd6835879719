package main

import (
	"flag"
	"fmt"
	"strings"
)

// Messages for the command lines a newcomer gets wrong first: flags after
// the packages, a misspelt flag, no arguments at all.

// shortUsage is what statuslint prints when run without arguments: the
// whole -h would bury the one line that matters.
const shortUsage = "usage: statuslint [flags] packages\nRun 'statuslint -h' for usage.\n"

// checkFlagOrder reports an error if a flag follows a package pattern.
// The flag package stops at the first argument that is not a flag, so
// go vet would take "-allow=200" in "./... -allow=200" for a package and
// fail with "malformed import path": no hint that flags go first.
func checkFlagOrder(fs *flag.FlagSet) error {
	pkgs := fs.Args()
	for i, arg := range pkgs {
		if i > 0 && strings.HasPrefix(arg, "-") && len(arg) > 1 {
			return fmt.Errorf("flag %s after the package %s: flags go before packages, as in 'statuslint %s %s'",
				arg, pkgs[0], arg, strings.Join(withoutArg(pkgs, i), " "))
		}
	}
	return nil
}

// withoutArg returns args without args[i].
func withoutArg(args []string, i int) []string {
	return append(append([]string(nil), args[:i]...), args[i+1:]...)
}

// undefinedPrefix starts the flag package's error for an unknown flag.
const undefinedPrefix = "flag provided but not defined: -"

// suggestFlag adds the nearest known flag to the flag package's error for
// an unknown flag, such as -fixx: "did you mean -fix?". Other errors are
// returned as they are.
func suggestFlag(fs *flag.FlagSet, err error) error {
	name, ok := strings.CutPrefix(err.Error(), undefinedPrefix)
	if !ok {
		return err
	}
	name = strings.TrimLeft(name, "-")
	best, bestDist := "", 0
	fs.VisitAll(func(f *flag.Flag) {
		if d := editDistance(name, f.Name); best == "" || d < bestDist || d == bestDist && f.Name < best {
			best, bestDist = f.Name, d
		}
	})
	// A third of the name may be wrong: -fixx, -alow, -nonstandrd, but
	// not -nosuchflag, which is nothing like any flag.
	if best == "" || bestDist > max(1, len(name)/3) {
		return err
	}
	return fmt.Errorf("%v (did you mean -%s?)", err, best)
}

// editDistance returns the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
