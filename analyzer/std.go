package analyzer

import "golang.org/x/tools/go/analysis"

// StdCovered is the Go release whose standard library stdFacts describes:
// there, go vet's tool writes a standard package's facts from the table
// instead of analysing it (see internal/vettool). TestStdFacts analyses
// the standard library and fails if the table is not exactly what that
// exports, or if it runs on another release.
const StdCovered = "go1.26"

// stdFacts are the slot facts that the analysis of the standard library
// of StdCovered exports, by package, as unitchecker writes them: the
// objectpath of each fact's object (objectpath has none for unexported
// functions, such as net/http's serveError, so neither do vetx files),
// and the fact. Every other standard package exports none.
var stdFacts = map[string][]stdFact{
	"net/http": {
		{"Error", slotFact{Args: []int{2}, Use: sent, Names: []string{"Error"}}},
		{"Redirect", slotFact{Args: []int{3}, Use: sent, Names: []string{"Redirect"}}},
		{"RedirectHandler", slotFact{Args: []int{1}, Use: sent, Names: []string{"RedirectHandler"}}},
		{"populateResponse.M3", slotFact{Args: []int{0}, Use: stored, Names: []string{"WriteHeader"}}},
		{"response.M9", slotFact{Args: []int{0}, Use: queried, Names: []string{"WriteHeader"}}},
		{"timeoutWriter.M3", slotFact{Args: []int{0}, Use: sent, Names: []string{"writeHeaderLocked"}}},
		{"timeoutWriter.M4", slotFact{Args: []int{0}, Use: sent, Names: []string{"WriteHeader"}}},
		{"transferReader.UF1", slotFact{Slots: []factSlot{{Kind: valueSlot, Index: 0, Role: holds, Use: sent}}, Names: []string{"StatusCode", "transferReader"}}},
	},
	"net/http/cgi": {
		{"response.M3", slotFact{Args: []int{0}, Use: queried, Names: []string{"WriteHeader"}}},
	},
	"net/http/fcgi": {
		{"response.M2", slotFact{Args: []int{0}, Use: queried, Names: []string{"WriteHeader"}}},
	},
	"net/http/httptest": {
		{"ResponseRecorder.M4", slotFact{Args: []int{0}, Use: stored, Names: []string{"WriteHeader"}}},
	},
}

type stdFact struct {
	object string // objectpath
	fact   slotFact
}

// StdFacts returns the wrapper facts that analysing the standard package
// path exports on StdCovered's release under r's configuration: the
// objectpath of each fact's object, and the fact. It reports false if the
// table may not be the answer: when a -funcs entry may name a standard
// package, whose wrappers in the standard library the table lacks.
func (r *Reach) StdFacts(path string) (objects []string, facts []analysis.Fact, ok bool) {
	if r.funcsInStd {
		return nil, nil, false
	}
	for _, f := range stdFacts[path] {
		fact := f.fact
		objects = append(objects, f.object)
		facts = append(facts, &fact)
	}
	return objects, facts, true
}
