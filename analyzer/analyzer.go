package analyzer

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"regexp"
	"sync"

	"github.com/statuslint/statuslint/status"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/objectpath"
)

// Doc is the analyzer's documentation; its first line is -h's title.
const Doc = `report bare HTTP status codes where a status code is expected

statuslint flags integer literals in positions where an HTTP status code
is expected and suggests the named constant:

	w.WriteHeader(404)                  // before
	w.WriteHeader(http.StatusNotFound)  // after

Positions are found through the type checker: WriteHeader on any
http.ResponseWriter, http.Error, http.Redirect, http.StatusText,
http.Response{StatusCode: ...}, == and switch on resp.StatusCode or
rec.Code; the response helpers of gin, echo, fiber, hertz, iris, huma and
chi; testify, gomega, gock, apitest and httpmock; the -funcs list; and
functions whose integer parameter reaches one of these (across packages).

Codes that travel are followed (-follow): a literal stored in a variable,
field, result, collection or closure parameter whose value reaches a
status position or is compared with a status value, as in test tables,
and a literal compared with a variable that holds one:

	code := 404           // reported: code is sent below
	w.WriteHeader(code)

Ordering comparisons with a registered code (code >= 500) and class
checks (code >= 200 && code < 300) are reported in category range (see
-range); class checks become status.IsSuccess(code) where fixes write
our status package. Named constants and arithmetic are never reported.

Fixes write net/http's constant under the file's own name for net/http,
adding the import if needed, or our status package's constant in files
that import it (see -constants). A //statuslint:ignore reason comment on
the line or the line above suppresses a report.`

// URL documents the analyzer; diagnostics link to it.
const URL = "https://pkg.go.dev/github.com/statuslint/statuslint/analyzer"

// Analyzer reports bare HTTP status codes, configured by its flags.
var Analyzer = New()

// New returns a new analyzer with the default configuration and its own
// flags, independent of every other analyzer.
func New() *analysis.Analyzer {
	a, err := NewWithConfig(DefaultConfig())
	if err != nil {
		panic(err) // the default configuration is valid
	}
	return a
}

// NewWithConfig returns a new analyzer configured by cfg, or the error that
// names cfg's first malformed setting. Its flags start from cfg.
func NewWithConfig(cfg Config) (*analysis.Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := &checker{cfg: cfg}
	a := &analysis.Analyzer{
		Name:      "statuslint",
		Doc:       Doc,
		URL:       URL,
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		Run:       c.run,
		FactTypes: []analysis.Fact{new(slotFact)},
	}
	a.Flags.Init(a.Name, flag.ContinueOnError)
	a.Flags.Var(constantsValue{&c.cfg}, FlagConstants, "which constants fixes write: auto (our status package where the file imports it, else net/http), net/http, or status (the module must require github.com/statuslint/statuslint)")
	a.Flags.Var(allowValue{&c.cfg}, FlagAllow, "comma-separated status codes never reported, such as 200,404")
	a.Flags.BoolVar(&c.cfg.Nonstandard, FlagNonstandard, cfg.Nonstandard, "report three-digit codes that have no registered name, such as 499")
	a.Flags.BoolVar(&c.cfg.Follow, FlagFollow, cfg.Follow, "follow codes through variables, fields, results, collections and closures (false: only codes written in a status position or passed to a wrapper)")
	a.Flags.BoolVar(&c.cfg.Range, FlagRange, cfg.Range, "report ordering comparisons with codes (resp.StatusCode >= 400) and class checks (c >= 200 && c < 300)")
	a.Flags.Var(funcsValue{&c.cfg}, FlagFuncs, "comma-separated extra status positions: importpath.Func:argindex or importpath.Type.Method:argindex")
	return a, nil
}

// checker holds one analyzer's configuration. Flags write cfg until the
// first run, which compiles it once.
type checker struct {
	cfg      Config
	once     sync.Once
	settings *settings
	err      error
}

func (c *checker) compiled() (*settings, error) {
	c.once.Do(func() { c.settings, c.err = c.cfg.compile() })
	return c.settings, c.err
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	s, err := c.compiled()
	if err != nil {
		return nil, err
	}
	if err := s.checkFuncs(pass.Pkg); err != nil {
		return nil, err // a -funcs entry names nothing in this package
	}
	pos, ok := s.resolve(pass)
	if !ok {
		// Fast path: no status position is reachable from this package.
		// Only a directive without a reason can be reported.
		for _, file := range pass.Files {
			if !ast.IsGenerated(file) {
				_, lone := ignoresOf(pass, file)
				for _, d := range lone {
					pass.Report(d)
				}
			}
		}
		return nil, nil
	}
	g := new(flowGraph)
	var imported []types.Object
	for _, f := range pass.AllObjectFacts() {
		if fact, ok := f.Fact.(*slotFact); ok {
			imported = append(imported, f.Object)
			if s.follow {
				g.seedFacts(f.Object, fact)
			}
		}
	}
	w := &walker{pass: pass, pos: pos, g: g, follow: s.follow}
	w.collectNames(imported)
	files := w.walk(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))

	w.resolveChanges()
	sol := g.solve()
	var enc objectpath.Encoder
	for obj, fact := range sol.facts(pass.Pkg) {
		fn, isFunc := obj.(*types.Func)
		if isFunc && len(fact.Args) > 0 {
			pos.addWrapper(fn, fact) // its callers' literals are checked like net/http's
		}
		if !isFunc {
			if _, err := enc.For(obj); err != nil {
				continue // no other package can refer to it
			}
		}
		// Unexported functions too: export_test.go files and methods
		// reached through interfaces make them callable from other packages.
		pass.ExportObjectFact(obj, fact)
	}
	w.checkSites(sol)
	for _, f := range files {
		if s.ranges {
			w.checkRanges(f, sol)
		}
		s.report(pass, f.file, w.checkCalls(f))
	}
	return nil, nil
}

// Diagnostic categories: go vet's -json output carries them, and the
// documentation URL gains "#category".
const (
	categoryBare    = "bare"    // a registered code, with its constant
	categoryInvalid = "invalid" // outside 100-999: net/http panics
	categoryUnnamed = "unnamed" // a three-digit code with no registered name
	categoryIgnore  = "ignore"  // a //statuslint:ignore without a reason
	categoryRange   = "range"   // an ordering comparison or class check with codes
)

// A Category is one of the analyzer's diagnostic categories and what it
// means, for the tools that describe them (SARIF's rules) or count them.
type Category struct{ ID, Description string }

// Categories are the analyzer's diagnostic categories, in the order of
// README's table.
var Categories = []Category{
	{categoryBare, "a bare HTTP status code that has a named constant"},
	{categoryInvalid, "an HTTP status code outside 100-999, on which net/http panics"},
	{categoryUnnamed, "a three-digit HTTP status code with no registered name"},
	{categoryRange, "an ordering comparison or class check of a status value written with bare HTTP status codes"},
	{categoryIgnore, "a //statuslint:ignore directive without a reason"},
}

// message matches the start of every diagnostic message the analyzer
// reports (below, ranges.go and ignore.go), and of its related
// information as go vet prints it, indented.
var message = regexp.MustCompile(`^(\t|(bare|invalid) HTTP status code |HTTP status code \d+ has no registered name|[1-5]xx class check |statuslint:ignore needs a reason)`)

// IsMessage reports whether s is a message of the analyzer's diagnostics
// as go vet prints them, where a compiler error looks the same but for
// its message.
func IsMessage(s string) bool { return message.MatchString(s) }

// report turns one file's findings into diagnostics, with fixes where one
// is safe. Every file gets its ignore directives checked, findings or not.
func (s *settings) report(pass *analysis.Pass, file *ast.File, findings []finding) {
	ignored, lone := ignoresOf(pass, file)
	var fx *fileFixer
	if len(findings) > 0 {
		fx = newFileFixer(pass, file, s.constants)
		fx.plan(findings)
	}
	for _, f := range findings {
		// In source order: a directive without a reason among the findings.
		for len(lone) > 0 && lone[0].Pos < f.expr.Pos() {
			pass.Report(lone[0])
			lone = lone[1:]
		}
		if s.allow[int(f.code)] {
			continue // allowed by -allow
		}
		if ignored.covers(pass.Fset, f.expr.Pos()) {
			continue // suppressed by //statuslint:ignore
		}
		s.reportFinding(pass, fx, f)
	}
	for _, d := range lone {
		pass.Report(d) // after the last finding
	}
}

func (s *settings) reportFinding(pass *analysis.Pass, fx *fileFixer, f finding) {
	if f.rng != nil {
		s.reportRange(pass, fx, f)
		return
	}
	diag := analysis.Diagnostic{Pos: f.expr.Pos(), End: f.expr.End()}
	if f.related.IsValid() {
		// Reached through a slot: where its value becomes a status.
		diag.Related = []analysis.RelatedInformation{{Pos: f.related, Message: f.relatedMessage}}
	}
	_, named := status.Lookup(int(f.code))
	switch {
	case f.code < 100 || f.code > 999:
		if f.use != sent {
			return // no panic: a comparison with 0 checks for "unset", a test may store a sentinel
		}
		diag.Category = categoryInvalid
		diag.Message = fmt.Sprintf("invalid HTTP status code %s: net/http panics on codes outside 100-999", f.value)
	case !named:
		if !s.nonstandard || f.use == queried {
			return // an unknown code looked up has no text, which is what the caller checks
		}
		diag.Category = categoryUnnamed
		diag.Message = fmt.Sprintf("HTTP status code %d has no registered name; declare a named constant", f.code)
	default:
		sp, ok := fx.spell(f)
		if !ok {
			sp.text = fx.defaultSpelling(f)
		}
		diag.Category = categoryBare
		diag.Message = fmt.Sprintf("bare HTTP status code %d, use %s", f.code, sp.text)
		if ok {
			diag.SuggestedFixes = fx.fix(f, sp)
		}
	}
	pass.Report(diag)
}
