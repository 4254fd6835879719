package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// A slot is a place an integer can live on its way to or from a status
// position: a variable or field, the elements of a collection, or a
// parameter or result of something callable. Slots are the nodes of the
// package's flow graph (see flowGraph).
type slot struct {
	// obj declares the slot: a *types.Var (a variable, parameter or
	// field, or a variable of func type for paramSlot and resultSlot), a
	// *types.Func, the *types.TypeName of a named func type, or a func
	// literal's stand-in object (see walker.funcLitObject).
	obj   types.Object
	kind  slotKind
	index int // paramSlot and resultSlot: which one, receiver not counted
}

type slotKind uint8

const (
	valueSlot  slotKind = iota // the integer a variable or field holds
	elemSlot                   // the integers a slice, array or map (its values) variable or field holds
	paramSlot                  // a parameter of a function, a func-typed variable or a named func type
	resultSlot                 // a result of the same
)

func (k slotKind) String() string {
	return [...]string{"valueSlot", "elemSlot", "paramSlot", "resultSlot"}[k]
}

// roles a slot can have, found by flowGraph.solve.
type role uint8

const (
	// becomes: the slot's value reaches a status position, flows into a
	// slot that becomes a status, or is compared with a status value.
	// Every literal stored into it is a status code.
	becomes role = 1 << iota
	// holds: the slot is assigned a status value, such as resp.StatusCode.
	// A literal compared with it is a status code.
	holds
)

func (r role) String() string {
	switch r {
	case becomes:
		return "becomes"
	case holds:
		return "holds"
	}
	return "becomes | holds"
}

// A slotFact lists the status slots declared by one object of a package,
// for the packages that import it: a wrapper function's parameters, a
// result that holds or becomes a status, a field of a test table's type,
// a package variable, a named func type's results.
type slotFact struct {
	Args []int // parameters that become a status, receiver not counted
	// Use is what the positions the parameters reach do with the code,
	// the one that reports most if they differ: a test helper that only
	// compares its code with rec.Code may be given 0, which would make
	// WriteHeader panic.
	Use   use
	Slots []factSlot // the object's other slots: results, value, elements
	// Names are the identifiers through which a package refers to the
	// object: its own name and, for a field, its struct type's, which
	// names it in a positional literal. go vet's tool looks for them in a
	// package's source before analysing it (see Reach).
	Names []string
}

// factSlot is one slot of a slotFact other than a parameter.
type factSlot struct {
	Kind  slotKind
	Index int
	Role  role
	Use   use // when Role has becomes
}

func (*slotFact) AFact() {}

func (f *slotFact) String() string {
	var parts []string
	if len(f.Args) > 0 {
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
		parts = append(parts, b.String())
	}
	for _, s := range f.Slots {
		where := "value"
		switch s.Kind {
		case elemSlot:
			where = "elements"
		case resultSlot:
			where = "result " + strconv.Itoa(s.Index)
		}
		if s.Role&becomes != 0 {
			p := where + " becomes status"
			if s.Use != sent {
				p += " (" + s.Use.String() + ")"
			}
			parts = append(parts, p)
		}
		if s.Role&holds != 0 {
			parts = append(parts, where+" holds status")
		}
	}
	return strings.Join(parts, "; ")
}

// reason tells how a slot that becomes a status is used, and where: the
// position a finding's related information points at.
type reason struct {
	use use
	at  token.Pos
}

// flowGraph records, during the walk, the directed flows of integers
// between the package's slots, and the sites to judge once it is solved.
//
// An edge src -> dst means that src's value is stored into dst unchanged:
// an assignment, an argument, a return, a range. "Becomes" travels
// backward along edges (if dst reaches a status position, so does what was
// stored into it) and "holds" forward (if src holds a status value, so
// does dst). Flows are never merged into unions: passing a value to
// strconv.Itoa makes nothing a status.
type flowGraph struct {
	// edges are recorded in the order the walk meets them; solve indexes
	// them by destination or source only if some seed needs that
	// direction, which most packages' solutions never do.
	edges []flowEdge

	// changed are the slots changed by arithmetic, ++, --, op-assignment,
	// or whose address escapes: they are not followed.
	changed map[slot]bool

	becomeSeeds []becomeSeed
	holdSeeds   []holdSeed
	pairs       []slotPair // two slots compared with each other

	stores   []slotStore   // literals stored into slots
	compares []slotCompare // literals compared with slots
}

type becomeSeed struct {
	s slot
	reason
}

type holdSeed struct {
	s  slot
	at token.Pos // where the status value is read
}

type slotPair struct {
	x, y slot
	at   token.Pos
}

// slotStore is a literal stored into a slot. arg is set for an argument of
// a call through a func value: the wrapper rule applies, as for a call of
// a function (see walker.checkCalls).
type slotStore struct {
	file *fileResult
	expr ast.Expr
	dst  slot
	arg  bool
}

// slotCompare is a literal compared with the value read from a slot.
type slotCompare struct {
	file  *fileResult
	expr  ast.Expr
	other slot
}

// flowEdge records that src's value is stored into dst.
type flowEdge struct{ src, dst slot }

func (g *flowGraph) edge(src, dst slot) {
	if src != dst {
		g.edges = append(g.edges, flowEdge{src, dst})
	}
}

// adjacency indexes the edges by source (forward) or by destination.
func (g *flowGraph) adjacency(forward bool) map[slot][]slot {
	adj := make(map[slot][]slot)
	for _, e := range g.edges {
		if forward {
			adj[e.src] = append(adj[e.src], e.dst)
		} else {
			adj[e.dst] = append(adj[e.dst], e.src)
		}
	}
	return adj
}

func (g *flowGraph) change(s slot) {
	if g.changed == nil {
		g.changed = make(map[slot]bool)
	}
	g.changed[s] = true
}

// solution is what solve finds: the slots that become and hold a status.
type solution struct {
	becomes map[slot]reason
	holds   map[slot]token.Pos
}

// solve finds the slots that hold a status value and then those that
// become one, each by a worklist from its seeds: holds first, since a
// slot compared with one that holds a status becomes one.
func (g *flowGraph) solve() solution {
	sol := solution{becomes: make(map[slot]reason), holds: make(map[slot]token.Pos)}
	var work []slot
	for _, s := range g.holdSeeds {
		if _, ok := sol.holds[s.s]; !ok && !g.changed[s.s] {
			sol.holds[s.s] = s.at
			work = append(work, s.s)
		}
	}
	propagate(work, g, true, func(s, dst slot) bool {
		if _, ok := sol.holds[dst]; ok || g.changed[dst] {
			return false
		}
		sol.holds[dst] = sol.holds[s]
		return true
	})

	seeds := g.becomeSeeds
	for _, p := range g.pairs {
		if _, ok := sol.holds[p.y]; ok {
			seeds = append(seeds, becomeSeed{p.x, reason{compared, p.at}})
		}
		if _, ok := sol.holds[p.x]; ok {
			seeds = append(seeds, becomeSeed{p.y, reason{compared, p.at}})
		}
	}
	// update records r for s and reports whether that is news: a new
	// slot, or a use that reports more (sent, then stored and compared,
	// then queried).
	update := func(s slot, r reason) bool {
		if g.changed[s] {
			return false
		}
		old, ok := sol.becomes[s]
		if ok && old.use <= r.use {
			return false
		}
		if ok {
			r.at = old.at // keep the first place found: a stable related position
		}
		sol.becomes[s] = r
		return true
	}
	work = work[:0]
	for _, seed := range seeds {
		if update(seed.s, seed.reason) {
			work = append(work, seed.s)
		}
	}
	propagate(work, g, false, func(s, src slot) bool { return update(src, sol.becomes[s]) })
	return sol
}

// propagate runs a worklist from work along g's edges, forward (from a
// source to its destinations) or backward: visit(s, next) records what s
// gives next and reports whether that is news, which puts next on the list.
// The edges are indexed only if there is work.
func propagate(work []slot, g *flowGraph, forward bool, visit func(s, next slot) bool) {
	if len(work) == 0 {
		return
	}
	adj := g.adjacency(forward)
	for len(work) > 0 {
		s := work[len(work)-1]
		work = work[:len(work)-1]
		for _, next := range adj[s] {
			if visit(s, next) {
				work = append(work, next)
			}
		}
	}
}

// facts returns the slot facts of the objects of pkg that the solution
// finds, for the packages that import it. Local variables and func
// literals are nobody else's business.
func (sol solution) facts(pkg *types.Package) map[types.Object]*slotFact {
	facts := make(map[types.Object]*slotFact)
	var owners map[*types.Var]string // fields of the package's struct types -> the type's name
	get := func(obj types.Object) *slotFact {
		f := facts[obj]
		if f == nil {
			f = &slotFact{Names: []string{obj.Name()}}
			if v, ok := obj.(*types.Var); ok && v.IsField() {
				if owners == nil {
					owners = fieldOwners(pkg)
				}
				if owner := owners[v]; owner != "" && owner != v.Name() {
					// A positional composite literal names only its type.
					f.Names = append(f.Names, owner)
				}
			}
			facts[obj] = f
		}
		return f
	}
	exported := func(s slot) bool {
		if s.obj.Pkg() != pkg || s.obj.Name() == funcLitName {
			return false
		}
		switch obj := s.obj.(type) {
		case *types.Func, *types.TypeName:
			return true
		case *types.Var:
			// Exported fields and package variables: other packages can
			// name no other variable.
			return obj.Exported() && (obj.IsField() || obj.Parent() == pkg.Scope())
		}
		return false
	}
	for s, r := range sol.becomes {
		if !exported(s) {
			continue
		}
		if _, isFunc := s.obj.(*types.Func); isFunc && s.kind == resultSlot {
			continue // its literals are all in this package: nothing for importers
		}
		f := get(s.obj)
		if s.kind == paramSlot {
			if len(f.Args) == 0 || r.use < f.Use {
				f.Use = r.use
			}
			f.Args = append(f.Args, s.index)
			continue
		}
		f.addSlot(s, becomes, r.use)
	}
	for s := range sol.holds {
		if !exported(s) || s.kind == paramSlot {
			continue // a parameter holds whatever its callers pass: not followed
		}
		get(s.obj).addSlot(s, holds, sent)
	}
	for _, f := range facts {
		slices.Sort(f.Args)
		slices.SortFunc(f.Slots, func(a, b factSlot) int {
			if a.Kind != b.Kind {
				return int(a.Kind) - int(b.Kind)
			}
			return a.Index - b.Index
		})
	}
	return facts
}

func (f *slotFact) addSlot(s slot, r role, u use) {
	for i := range f.Slots {
		if f.Slots[i].Kind == s.kind && f.Slots[i].Index == s.index {
			f.Slots[i].Role |= r
			if r == becomes {
				f.Slots[i].Use = u
			}
			return
		}
	}
	fs := factSlot{Kind: s.kind, Index: s.index, Role: r}
	if r == becomes {
		fs.Use = u
	}
	f.Slots = append(f.Slots, fs)
}

// fieldOwners maps the fields of pkg's package-level struct types to the
// types' names.
func fieldOwners(pkg *types.Package) map[*types.Var]string {
	owners := make(map[*types.Var]string)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				owners[st.Field(i)] = name
			}
		}
	}
	return owners
}

// seedFacts adds the slots that the facts of imported objects describe:
// a field of a dependency's test table type that becomes a status makes
// this package's literals stored into it findings; a dependency's function
// whose result holds a status makes the literals compared with it ones.
// Parameters are positions (see positions.addWrapper).
func (g *flowGraph) seedFacts(obj types.Object, f *slotFact) {
	for _, s := range f.Slots {
		sl := slot{obj: obj, kind: s.Kind, index: s.Index}
		if s.Role&becomes != 0 {
			g.becomeSeeds = append(g.becomeSeeds, becomeSeed{sl, reason{s.Use, obj.Pos()}})
		}
		if s.Role&holds != 0 {
			g.holdSeeds = append(g.holdSeeds, holdSeed{sl, obj.Pos()})
		}
	}
	if len(f.Args) > 0 {
		if _, ok := obj.(*types.Func); !ok {
			// A named func type's or func variable's parameters: calls
			// through them store into the slots.
			for _, i := range f.Args {
				g.becomeSeeds = append(g.becomeSeeds, becomeSeed{slot{obj, paramSlot, i}, reason{f.Use, obj.Pos()}})
			}
		}
	}
}
