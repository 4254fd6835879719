package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// A wrapperFact marks a function or method whose integer parameters reach
// a status position unchanged, such as writeJSON(w, code, v) calling
// w.WriteHeader(code). Its callers are checked like net/http's own API,
// in other packages too.
type wrapperFact struct {
	Args []int // indexes of the status parameters, receiver not counted
	// Use is what the positions the parameters reach do with the code,
	// the one that reports most if they differ: a test helper that only
	// compares its code with rec.Code may be given 0, which would make
	// WriteHeader panic.
	Use use
	// Name is the function's or method's name, which go vet's tool looks
	// for in a package's source before analysing it (see Reach).
	Name string
}

func (*wrapperFact) AFact() {}

func (f *wrapperFact) String() string {
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
	if f.Use != sent {
		b.WriteString(" (" + f.Use.String() + ")")
	}
	return b.String()
}

// flowCollector records, during the walk, where the integer parameters of
// the package's functions go: the input of the wrapper search.
type flowCollector struct {
	info *types.Info

	params  map[*types.Var]paramRef // integer parameters of the package's functions
	changed map[*types.Var]bool     // parameters that are ever assigned, incremented or addressed
	flows   []flow

	// local names the integer parameters of the function declaration being
	// walked, the only ones its body can refer to. Matching names first
	// spares the type checker's maps for the vast majority of expressions,
	// which are neither literals nor such parameters.
	local []string
}

// paramRef names parameter index of function fn.
type paramRef struct {
	fn    *types.Func
	index int
}

// flow records that a parameter is passed unchanged as argument arg of a
// call to callee; callee == nil means it reaches a status position in
// itself, which uses it as use says: sent to WriteHeader, stored in a
// status field or compared with a status value.
type flow struct {
	param  paramRef
	callee *types.Func
	arg    int
	use    use
}

// enterFile starts a new file: no function's parameters are in scope.
func (c *flowCollector) enterFile() {
	c.local = c.local[:0]
}

// enterFunc records the integer parameters of a function declaration, the
// candidates for wrapper positions, and brings them into scope.
func (c *flowCollector) enterFunc(decl *ast.FuncDecl) {
	c.local = c.local[:0]
	if !mayHaveInteger(decl.Type.Params) {
		return // no parameter can be an integer: spare the lookups
	}
	fn, ok := c.info.Defs[decl.Name].(*types.Func)
	if !ok || decl.Body == nil {
		return
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		v := params.At(i)
		if v.Name() == "" || v.Name() == "_" || !isInteger(v.Type()) {
			continue
		}
		if fn.Signature().Variadic() && i == params.Len()-1 {
			continue // a slice, not an integer
		}
		if c.params == nil {
			c.params = make(map[*types.Var]paramRef)
		}
		c.params[v] = paramRef{fn: fn, index: i}
		c.local = append(c.local, v.Name())
	}
}

// reachesStatus records e, if it is a parameter, as reaching a status
// position that uses it as u, and reports whether it was one.
func (c *flowCollector) reachesStatus(e ast.Expr, u use) bool {
	p, ok := c.param(e)
	if ok {
		c.flows = append(c.flows, flow{param: p, use: u})
	}
	return ok
}

// passedOn records e, if it is a parameter, as argument arg of a call to fn.
func (c *flowCollector) passedOn(e ast.Expr, fn *types.Func, arg int) {
	if p, ok := c.param(e); ok {
		c.flows = append(c.flows, flow{param: p, callee: fn, arg: arg})
	}
}

// mayBeParam reports whether e is an identifier named like an integer
// parameter of the function being walked; param tells whether it is one.
func (c *flowCollector) mayBeParam(e ast.Expr) bool {
	if len(c.local) == 0 {
		return false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && slices.Contains(c.local, id.Name)
}

// param reports which parameter e is, if it is an integer parameter of a
// function of this package.
func (c *flowCollector) param(e ast.Expr) (paramRef, bool) {
	if !c.mayBeParam(e) {
		return paramRef{}, false
	}
	id := ast.Unparen(e).(*ast.Ident)
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok {
		return paramRef{}, false
	}
	p, ok := c.params[v]
	return p, ok
}

// change records that e, if it is a parameter, is assigned or has its
// address taken: such a parameter does not reach anything unchanged.
func (c *flowCollector) change(e ast.Expr) {
	if !c.mayBeParam(e) {
		return // not a parameter, so no change to record
	}
	id := ast.Unparen(e).(*ast.Ident)
	if v, ok := c.info.Uses[id].(*types.Var); ok && c.params[v] != (paramRef{}) {
		if c.changed == nil {
			c.changed = make(map[*types.Var]bool)
		}
		c.changed[v] = true
	}
}

// wrappers finds the package's functions whose integer parameters reach a
// status position unchanged, directly or through other wrappers of this
// package, adds them to pos and returns their facts.
//
// "Unchanged" is deliberately narrow: the parameter itself is the argument
// (parentheses aside), and the function never assigns it, increments it or
// takes its address. Arithmetic, conversions and reassignment end the chain,
// so a wrapper is never reported on a guess.
func (c *flowCollector) wrappers(pos *positions) map[*types.Func]*wrapperFact {
	found := make(map[*types.Func]*wrapperFact)
	// add records p as reaching a position that uses it as u, and reports
	// whether that is news: a new parameter, or a use that reports more.
	add := func(p paramRef, u use) bool {
		if c.changed[p.fn.Signature().Params().At(p.index)] {
			return false
		}
		f := found[p.fn]
		if f == nil {
			f = &wrapperFact{Use: u, Name: p.fn.Name()}
			found[p.fn] = f
		}
		news := false
		if !slices.Contains(f.Args, p.index) {
			f.Args = append(f.Args, p.index)
			news = true
		}
		if u < f.Use {
			f.Use = u // sent reports most, then stored and compared, then queried
			news = true
		}
		return news
	}
	// Iterate to a fixed point: each round may make new wrappers, whose
	// own callers in this package become wrappers the next round.
	for progress := true; progress; {
		progress = false
		for _, f := range c.flows {
			u := f.use
			switch w := found[f.callee]; {
			case f.callee == nil:
				// reaches a status field, a comparison or WriteHeader directly
			case w != nil && slices.Contains(w.Args, f.arg):
				u = w.Use // reaches a wrapper of this package
			case slices.Contains(pos.args[f.callee], f.arg):
				u = pos.callUse(f.callee) // reaches a known status position
			default:
				continue
			}
			if add(f.param, u) {
				progress = true
			}
		}
	}
	for fn, f := range found {
		slices.Sort(f.Args)
		pos.addWrapper(fn, f)
	}
	return found
}

// mayHaveInteger reports whether a parameter list may hold an integer, as
// far as its syntax tells: pointers, slices, maps, functions, channels,
// structs, interfaces and variadic parameters never are.
func mayHaveInteger(params *ast.FieldList) bool {
	for _, f := range params.List {
		switch ast.Unparen(f.Type).(type) {
		case *ast.StarExpr, *ast.ArrayType, *ast.MapType, *ast.FuncType,
			*ast.ChanType, *ast.StructType, *ast.InterfaceType, *ast.Ellipsis:
			continue // never an integer
		}
		if len(f.Names) > 0 {
			return true // named, perhaps an integer: the types tell
		}
	}
	return false
}
