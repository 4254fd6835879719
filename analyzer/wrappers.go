package analyzer

import (
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// A WrapperFact marks a function or method whose integer parameters reach
// a status position unchanged, such as writeJSON(w, code, v) calling
// w.WriteHeader(code). Its callers are checked like net/http's own API,
// in other packages too.
type WrapperFact struct {
	Args []int // indexes of the status parameters, receiver not counted
}

func (*WrapperFact) AFact() {}

func (f *WrapperFact) String() string {
	var b strings.Builder
	b.WriteString("status arg")
	if len(f.Args) > 1 {
		b.WriteString("s")
	}
	for i, a := range f.Args {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(a))
	}
	return b.String()
}

// wrappers finds the package's functions whose integer parameters reach a
// status position unchanged, directly or through other wrappers of this
// package, adds them to w.pos.args and returns them.
//
// "Unchanged" is deliberately narrow: the parameter itself is the argument
// (parentheses aside), and the function never assigns it, increments it or
// takes its address. Arithmetic, conversions and reassignment end the chain,
// so a wrapper is never reported on a guess.
func (w *walker) wrappers() map[*types.Func][]int {
	found := make(map[*types.Func][]int)
	add := func(p paramRef) bool {
		if w.changed[w.paramVar(p)] || slices.Contains(found[p.fn], p.index) {
			return false
		}
		found[p.fn] = append(found[p.fn], p.index)
		return true
	}
	// Iterate to a fixed point: each round may make new wrappers, whose
	// own callers in this package become wrappers the next round.
	for progress := true; progress; {
		progress = false
		for _, f := range w.flows {
			switch {
			case f.callee == nil:
				// reaches a status field or a comparison directly
			case slices.Contains(found[f.callee], f.arg):
				// reaches a wrapper of this package
			case slices.Contains(w.pos.args[f.callee], f.arg):
				// reaches a known status position
			default:
				continue
			}
			if add(f.param) {
				progress = true
			}
		}
	}
	for fn, args := range found {
		slices.Sort(args)
		w.pos.addArgs(fn, args...)
	}
	return found
}

// paramVar returns the variable of parameter p.
func (w *walker) paramVar(p paramRef) *types.Var {
	return p.fn.Signature().Params().At(p.index)
}
