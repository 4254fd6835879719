package analyzer

import "golang.org/x/tools/go/analysis"

// StdCovered is the Go release whose standard library stdFacts describes:
// there, go vet's tool writes a standard package's facts from the table
// instead of analysing it (see internal/vettool). TestStdFacts analyses
// the standard library and fails if the table is not exactly what that
// exports, or if it runs on another release.
const StdCovered = "go1.26"

// stdFacts are the wrapper facts that the analysis of the standard library
// of StdCovered exports, by package, as unitchecker writes them: the
// objectpath of each fact's object (objectpath has none for unexported
// functions, such as net/http's serveError, so neither do vetx files),
// and the fact. Every other standard package exports none.
var stdFacts = map[string][]stdFact{
	"net/http": {
		{"Error", wrapperFact{Args: []int{2}, Use: sent, Name: "Error"}},
		{"Redirect", wrapperFact{Args: []int{3}, Use: sent, Name: "Redirect"}},
		{"populateResponse.M3", wrapperFact{Args: []int{0}, Use: stored, Name: "WriteHeader"}},
		{"response.M9", wrapperFact{Args: []int{0}, Use: queried, Name: "WriteHeader"}},
	},
	"net/http/httptest": {
		{"ResponseRecorder.M4", wrapperFact{Args: []int{0}, Use: stored, Name: "WriteHeader"}},
	},
}

type stdFact struct {
	object string // objectpath
	fact   wrapperFact
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
