package analyzer

import "slices"

// The status positions statuslint knows, one API a line. Adding a framework
// is a few lines here plus a fixture under testdata/src.
//
// Objects are matched by package path and name through go/types, never by
// how the file spells them, so aliases, dot imports and wrappers all match.
var sinks = slices.Concat([]sink{
	// net/http. WriteHeader is matched on every type that implements
	// http.ResponseWriter (see the positions type), not only on the interface.
	arg("net/http", "ResponseWriter", "WriteHeader", 0),
	arg("net/http", "", "Error", 2),
	arg("net/http", "", "Redirect", 3),
	arg("net/http", "", "RedirectHandler", 1),
	query("net/http", "", "StatusText", 0),
	field("net/http", "Response", "StatusCode"),
	field("net/http/httptest", "ResponseRecorder", "Code"),

	// gin v1: *gin.Context response helpers, code first. c.Writer is a
	// gin.ResponseWriter, an http.ResponseWriter whose Status() reads the code.
	arg(gin, "Context", "JSON", 0),
	arg(gin, "Context", "IndentedJSON", 0),
	arg(gin, "Context", "SecureJSON", 0),
	arg(gin, "Context", "JSONP", 0),
	arg(gin, "Context", "AsciiJSON", 0),
	arg(gin, "Context", "PureJSON", 0),
	arg(gin, "Context", "XML", 0),
	arg(gin, "Context", "YAML", 0),
	arg(gin, "Context", "TOML", 0),
	arg(gin, "Context", "ProtoBuf", 0),
	arg(gin, "Context", "BSON", 0),
	arg(gin, "Context", "String", 0),
	arg(gin, "Context", "HTML", 0),
	arg(gin, "Context", "Data", 0),
	arg(gin, "Context", "DataFromReader", 0),
	arg(gin, "Context", "Render", 0),
	arg(gin, "Context", "Negotiate", 0),
	arg(gin, "Context", "Redirect", 0),
	arg(gin, "Context", "Status", 0),
	arg(gin, "Context", "AbortWithStatus", 0),
	arg(gin, "Context", "AbortWithStatusJSON", 0),
	arg(gin, "Context", "AbortWithStatusPureJSON", 0),
	arg(gin, "Context", "AbortWithError", 0),
	result(gin, "ResponseWriter", "Status"),
	field(gin+"/render", "Redirect", "Code"),

	// fiber v2: the status of Redirect, RedirectBack and RedirectToRoute is
	// an optional variadic argument. fiber's own constants (fiber.StatusOK)
	// are named constants like any other.
	arg(fiber, "Ctx", "Status", 0),
	arg(fiber, "Ctx", "SendStatus", 0),
	arg(fiber, "Ctx", "Redirect", 1),
	arg(fiber, "Ctx", "RedirectBack", 1),
	arg(fiber, "Ctx", "RedirectToRoute", 2),
	arg(fiber, "", "NewError", 0),
	field(fiber, "Error", "Code"),
	query(fiber+"/utils", "", "StatusMessage", 0),
	compare(fiber+"/utils", "", "AssertEqual", 1, 2), // fiber's own test helper: AssertEqual(t, 200, resp.StatusCode)

	// echo v5, beyond what it shares with v4 (see echoAPI): the status of
	// an error, as a method, and RFC 9457 problem details. Wrapper facts
	// reach most Context helpers through WriteHeader, but not JSON and
	// JSONPretty, whose code goes to an internal writer that delays it:
	// echoAPI's rows are the contract, whatever the internals.
	result(echo5, "HTTPError", "StatusCode"),
	field(echo5, "ProblemError", "Status"), // RFC 9457 problem details
	result(echo5, "ProblemError", "StatusCode"),
	result(echo5, "HTTPStatusCoder", "StatusCode"),
	result(echo5, "", "StatusCode"), // echo.StatusCode(err)

	// fiber v3: Ctx and Res are interfaces, so no wrapper fact can reach
	// their methods; DefaultCtx is the struct behind them, which custom
	// contexts embed. c.Redirect() returns a *fiber.Redirect whose Status
	// sets the code of the redirect that follows. utils.StatusMessage moved
	// to its own module.
	arg(fiber3, "Ctx", "Status", 0),
	arg(fiber3, "Ctx", "SendStatus", 0),
	arg(fiber3, "Res", "Status", 0),
	arg(fiber3, "Res", "SendStatus", 0),
	arg(fiber3, "DefaultCtx", "Status", 0),
	arg(fiber3, "DefaultCtx", "SendStatus", 0),
	arg(fiber3, "Redirect", "Status", 0),
	arg(fiber3, "", "NewError", 0),
	arg(fiber3, "", "NewErrorf", 0),
	field(fiber3, "Error", "Code"),
	result(fiber3+"/client", "Response", "StatusCode"),
	query("github.com/gofiber/utils/v2", "", "StatusMessage", 0),

	// fasthttp, beneath fiber: c.Response() and c.Context() are fasthttp's.
	arg(fasthttp, "Response", "SetStatusCode", 0),
	result(fasthttp, "Response", "StatusCode"),
	arg(fasthttp, "ResponseHeader", "SetStatusCode", 0),
	result(fasthttp, "ResponseHeader", "StatusCode"),
	arg(fasthttp, "RequestCtx", "SetStatusCode", 0),
	arg(fasthttp, "RequestCtx", "Error", 1),
	arg(fasthttp, "RequestCtx", "Redirect", 1),
	query(fasthttp, "", "StatusMessage", 0),

	// hertz: *app.RequestContext's helpers, code first (AbortWithMsg's
	// comes second); c.Response is a protocol.Response. The code ends in
	// a plain field of protocol.ResponseHeader, which no fact can see, so
	// protocol's rows are needed. With them, facts reach RequestContext's
	// helpers but Redirect; the rows are the contract.
	arg(hertz+"/pkg/app", "RequestContext", "JSON", 0),
	arg(hertz+"/pkg/app", "RequestContext", "PureJSON", 0),
	arg(hertz+"/pkg/app", "RequestContext", "IndentedJSON", 0),
	arg(hertz+"/pkg/app", "RequestContext", "String", 0),
	arg(hertz+"/pkg/app", "RequestContext", "HTML", 0),
	arg(hertz+"/pkg/app", "RequestContext", "Data", 0),
	arg(hertz+"/pkg/app", "RequestContext", "XML", 0),
	arg(hertz+"/pkg/app", "RequestContext", "ProtoBuf", 0),
	arg(hertz+"/pkg/app", "RequestContext", "Render", 0),
	arg(hertz+"/pkg/app", "RequestContext", "Status", 0),
	arg(hertz+"/pkg/app", "RequestContext", "SetStatusCode", 0),
	arg(hertz+"/pkg/app", "RequestContext", "AbortWithStatus", 0),
	arg(hertz+"/pkg/app", "RequestContext", "AbortWithStatusJSON", 0),
	arg(hertz+"/pkg/app", "RequestContext", "AbortWithMsg", 1),
	arg(hertz+"/pkg/app", "RequestContext", "AbortWithError", 0),
	arg(hertz+"/pkg/app", "RequestContext", "Redirect", 0),
	arg(hertz+"/pkg/protocol", "Response", "SetStatusCode", 0),
	result(hertz+"/pkg/protocol", "Response", "StatusCode"),
	arg(hertz+"/pkg/protocol", "ResponseHeader", "SetStatusCode", 0),
	result(hertz+"/pkg/protocol", "ResponseHeader", "StatusCode"),
	arg(hertz+"/pkg/common/ut", "ResponseRecorder", "WriteHeader", 0),
	field(hertz+"/pkg/common/ut", "ResponseRecorder", "Code"),

	// iris v12: iris.Context is an alias of *context.Context. Wrapper
	// facts reach StatusCode and the StopWith helpers through the
	// response writer; the rows are the contract. Redirect's status is an
	// optional variadic argument; a status <= 0 keeps the one set before
	// (see keepStatus). iris.StatusText is a variable, context.StatusText
	// the function behind it.
	arg(iris, "Context", "StatusCode", 0),
	arg(iris, "Context", "StopWithStatus", 0),
	arg(iris, "Context", "StopWithJSON", 0),
	arg(iris, "Context", "StopWithText", 0),
	arg(iris, "Context", "StopWithError", 0),
	arg(iris, "Context", "StopWithPlainError", 0),
	arg(iris, "Context", "StopWithProblem", 0),
	arg(iris, "Context", "Render", 0),
	arg(iris, "Context", "Redirect", 1),
	arg(iris, "Problem", "Status", 0),
	result(iris, "Context", "GetStatusCode"),
	result(iris, "ResponseWriter", "StatusCode"),
	query(iris, "", "StatusText", 0),

	// go-zero needs no row: httpx.WriteJson and WriteJsonCtx call
	// w.WriteHeader(code), which wrapper facts find in go-zero itself.

	// chi v5: render.Status records the code for the next render call;
	// middleware.WrapResponseWriter's Status() reads the code written.
	arg("github.com/go-chi/render", "", "Status", 1),
	result("github.com/go-chi/chi/v5/middleware", "WrapResponseWriter", "Status"),

	// resty v2's and v3's responses.
	result("github.com/go-resty/resty/v2", "Response", "StatusCode"),
	result("resty.dev/v3", "Response", "StatusCode"),

	// huma v2: NewError and NewErrorWithContext are package-level variables,
	// so that programs can replace them with their own error type; calls
	// go through the variables. WriteErr reassigns its status, so no wrapper
	// fact finds it; Context is an interface.
	funcVar(huma, "NewError", 0),
	funcVar(huma, "NewErrorWithContext", 1),
	arg(huma, "", "WriteErr", 2),
	arg(huma, "Context", "SetStatus", 0),
	result(huma, "Context", "Status"),
	field(huma, "Operation", "DefaultStatus"),
	field(huma, "ErrorModel", "Status"),
	result(huma, "ErrorModel", "GetStatus"),
	result(huma, "StatusError", "GetStatus"),

	// gomega: Expect(actual).To(Equal(expected)) compares actual with
	// expected, a status code when actual is a status value (and the other
	// way round). A chain is an actual, an apply and a matcher row.
	// *gomega.WithT is an alias of *internal.Gomega; gomega.Gomega, as
	// Eventually(func(g Gomega) {...}) passes it, of types.Gomega.
	actual(gomega, "", "Expect", 0),
	actual(gomega, "", "Ω", 0),
	actual(gomega, "", "ExpectWithOffset", 1),
	actual(gomega+"/internal", "Gomega", "Expect", 0),
	actual(gomega+"/internal", "Gomega", "Ω", 0),
	actual(gomega+"/internal", "Gomega", "ExpectWithOffset", 1),
	actual(gomega+"/types", "Gomega", "Expect", 0),
	actual(gomega+"/types", "Gomega", "Ω", 0),
	actual(gomega+"/types", "Gomega", "ExpectWithOffset", 1),
	apply(gomega+"/types", "Assertion", "To", 0),
	apply(gomega+"/types", "Assertion", "ToNot", 0),
	apply(gomega+"/types", "Assertion", "NotTo", 0),
	apply(gomega+"/types", "Assertion", "Should", 0),
	apply(gomega+"/types", "Assertion", "ShouldNot", 0),
	matcher(gomega, "", "Equal", 0),
	matcher(gomega, "", "BeEquivalentTo", 0),
	matcher(gomega, "", "BeIdenticalTo", 0),
	matcherOp(gomega, "", "BeNumerically", 1, 0), // BeNumerically("==", 200), BeNumerically(">=", 500)
	expectAny(gomega, "", "HaveHTTPStatus", 0),   // Expect(resp).To(HaveHTTPStatus(200, 204))

	// gock: Reply and Status keep the code in Response.StatusCode, which
	// ReplyFunc's callbacks set too. Wrapper facts find both methods, but
	// as senders: the rows say the code is kept, and gock's Reply(0) leaves
	// the status unset for requests that reach the network.
	store(gock, "Request", "Reply", 0),
	store(gock, "Response", "Status", 0),
	field(gock, "Response", "StatusCode"),

	// apitest: the expected status, compared with the response's (0, the
	// default, checks nothing), and a mock's, kept for a client-side
	// http.Response. Both live in unexported fields: no fact finds them.
	expectAny(apitest, "Response", "Status", 0),
	store(apitest, "MockResponse", "Status", 0),

	// go-cmp: Equal(x, y) and Diff(x, y) compare their first two
	// arguments, a status code where the other is a status value.
	compare("github.com/google/go-cmp/cmp", "", "Equal", 0, 1),
	compare("github.com/google/go-cmp/cmp", "", "Diff", 0, 1),

	// httpmock's responder constructors (NewStringResponder(200, body) ...)
	// and gomega's ghttp.RespondWith pass their status on to net/http
	// unchanged: wrapper facts find them, no row is needed.
}, echoAPI(echo), echoAPI(echo5), testify(assert), testify(require), semconv())

// echoAPI returns the status positions that echo v4 and v5 share: the
// helpers of the Context (an interface in v4, a struct in v5), code
// first; echo.NewHTTPError and HTTPError.Code; and the Status field of
// *echo.Response, the http.ResponseWriter behind c.Response() (in v5
// through echo.UnwrapResponse).
func echoAPI(pkg string) []sink {
	var sinks []sink
	for _, name := range []string{
		"JSON", "JSONPretty", "JSONBlob", "JSONP", "JSONPBlob", "XML", "XMLPretty", "XMLBlob",
		"HTML", "HTMLBlob", "String", "Blob", "Stream", "NoContent", "Redirect", "Render",
	} {
		sinks = append(sinks, arg(pkg, "Context", name, 0))
	}
	return append(sinks,
		arg(pkg, "", "NewHTTPError", 0),
		field(pkg, "HTTPError", "Code"),
		field(pkg, "Response", "Status"),
	)
}

// testify returns the status positions of testify's assert or require
// package, which share one API. Equality assertions report a literal
// compared with a status value. Package functions take t first;
// *Assertions methods (also reached through suite.Suite, which embeds
// *assert.Assertions) do not.
func testify(pkg string) []sink {
	var sinks []sink
	for _, name := range []string{
		"Equal", "Equalf", "NotEqual", "NotEqualf", "EqualValues", "EqualValuesf",
		"NotEqualValues", "NotEqualValuesf", "Exactly", "Exactlyf",
	} {
		sinks = append(sinks, compare(pkg, "", name, 1, 2), compare(pkg, "Assertions", name, 0, 1))
	}
	// Ordering assertions: Greater(t, e1, e2) asserts e1 > e2.
	for _, o := range [][2]string{
		{"Greater", ">"}, {"Greaterf", ">"}, {"GreaterOrEqual", ">="}, {"GreaterOrEqualf", ">="},
		{"Less", "<"}, {"Lessf", "<"}, {"LessOrEqual", "<="}, {"LessOrEqualf", "<="},
	} {
		sinks = append(sinks, order(pkg, "", o[0], 1, 2, o[1]), order(pkg, "Assertions", o[0], 0, 1, o[1]))
	}
	for _, name := range []string{"HTTPStatusCode", "HTTPStatusCodef"} {
		sinks = append(sinks, arg(pkg, "", name, 5), arg(pkg, "Assertions", name, 4))
	}
	return sinks
}

// semconv returns the status positions of OpenTelemetry's semantic
// conventions, one package per version of the conventions, all in the
// module go.opentelemetry.io/otel (checked at v1.40.0). The attributes
// keep the code, as a status field does; SpanStatusFromHTTPStatusCode
// classifies it, as a lookup. Up to v1.12.0 a span's attributes come
// from HTTPAttributesFromHTTPStatusCode; from v1.17.0 the attribute
// constructor is HTTPStatusCode, from v1.21.0 HTTPResponseStatusCode
// (both until v1.25.0). A version without a row's function is skipped
// when positions are resolved.
func semconv() []sink {
	const base = "go.opentelemetry.io/otel/semconv/"
	var sinks []sink
	for _, v := range []string{
		"v1.4.0", "v1.5.0", "v1.6.1", "v1.7.0", "v1.8.0", "v1.9.0", "v1.10.0", "v1.11.0", "v1.12.0",
	} {
		sinks = append(sinks,
			store(base+v, "", "HTTPAttributesFromHTTPStatusCode", 0),
			query(base+v, "", "SpanStatusFromHTTPStatusCode", 0),
			query(base+v, "", "SpanStatusFromHTTPStatusCodeAndSpanKind", 0),
		)
	}
	for _, v := range []string{
		"v1.17.0", "v1.18.0", "v1.19.0", "v1.20.0", "v1.21.0", "v1.22.0", "v1.23.0", "v1.23.1",
		"v1.24.0", "v1.25.0", "v1.26.0", "v1.27.0", "v1.28.0", "v1.30.0", "v1.31.0", "v1.32.0",
		"v1.33.0", "v1.34.0", "v1.36.0", "v1.37.0", "v1.38.0", "v1.39.0",
	} {
		sinks = append(sinks,
			store(base+v, "", "HTTPStatusCode", 0),
			store(base+v, "", "HTTPResponseStatusCode", 0),
		)
	}
	return sinks
}

// keepStatus lists the status positions that read a code <= 0 as "keep
// the current status". An entry is a package path, for all of its
// positions, or a function's full name (types.Func.FullName), for one API.
// gin's ResponseWriter ignores such codes, and gin itself writes
// c.JSON(-1, v) and c.Render(-1, r) to mean it. iris's Redirect keeps the
// status set before (or 302) for a status <= 0; its StatusCode does not.
var keepStatus = map[string]bool{
	gin:                                true,
	"(*" + iris + ".Context).Redirect": true,
}

// Import paths used more than once above.
const (
	gin      = "github.com/gin-gonic/gin"
	echo     = "github.com/labstack/echo/v4"
	fiber    = "github.com/gofiber/fiber/v2"
	echo5    = "github.com/labstack/echo/v5"
	fiber3   = "github.com/gofiber/fiber/v3"
	hertz    = "github.com/cloudwego/hertz"          // a prefix: the API is in pkg/app, pkg/protocol, pkg/common/ut
	iris     = "github.com/kataras/iris/v12/context" // iris.Context is an alias of *context.Context
	fasthttp = "github.com/valyala/fasthttp"
	assert   = "github.com/stretchr/testify/assert"
	require  = "github.com/stretchr/testify/require"
	huma     = "github.com/danielgtaylor/huma/v2"
	gomega   = "github.com/onsi/gomega"
	apitest  = "github.com/steinfletcher/apitest"
	gock     = "github.com/h2non/gock"
)

// A sink is one API that takes or holds a status code.
type sink struct {
	kind sinkKind
	pkg  string // import path of the declaring package
	recv string // receiver or struct type name; "" for a package-level function
	name string // function, method, field or variable name
	args [2]int // argument indexes, receiver not counted; args[1] only for compareSink and matcherSink
	op   string // compareSink: the comparison, "" for equality (see comparators); matcherSink: "" for equality
}

type sinkKind uint8

const (
	argSink     sinkKind = iota // the call's argument args[0] is a status code
	querySink                   // like argSink, but the code is looked up, not written: only registered codes are reported
	compareSink                 // arguments args[0] and args[1] are compared: for equality, or as op says
	fieldSink                   // the struct field holds a status code: written, read and compared
	resultSink                  // the method's result is a status code: compared
	storeSink                   // like argSink, but the code is kept for later, as in a status field: codes outside 100-999 are left alone
	funcVarSink                 // like storeSink, for a call through a package-level variable of func type (huma.NewError)

	// expectSink: every argument from args[0] on is a status code that
	// is compared, not written, as in gomega's HaveHTTPStatus(200, 204).
	expectSink

	// A matcher chain, such as gomega's Expect(actual).To(Equal(expected)),
	// compares actual with expected for equality. Each link is a kind.
	actualSink  // the call starts an assertion on argument args[0], the actual value
	applySink   // the method applies the matcher given as argument args[0] to the assertion
	matcherSink // the call builds a matcher whose expected value is argument args[0]
)

func arg(pkg, recv, name string, index int) sink {
	return sink{kind: argSink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

func query(pkg, recv, name string, index int) sink {
	return sink{kind: querySink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

func compare(pkg, recv, name string, x, y int) sink {
	return sink{kind: compareSink, pkg: pkg, recv: recv, name: name, args: [2]int{x, y}}
}

func field(pkg, typ, name string) sink {
	return sink{kind: fieldSink, pkg: pkg, recv: typ, name: name}
}

func result(pkg, recv, name string) sink {
	return sink{kind: resultSink, pkg: pkg, recv: recv, name: name}
}

// store is a status argument that the call keeps for later, such as a
// mock's status, rather than sends.
func store(pkg, recv, name string, index int) sink {
	return sink{kind: storeSink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

// funcVar is a status argument of a call through the package-level
// variable name, such as huma.NewError(404, msg). Like a status field's
// value, the code is kept, not sent: codes outside 100-999 are left alone.
func funcVar(pkg, name string, index int) sink {
	return sink{kind: funcVarSink, pkg: pkg, name: name, args: [2]int{index}}
}

// expectAny is a call whose arguments from index from on are the status
// codes expected, any of which matches.
func expectAny(pkg, recv, name string, from int) sink {
	return sink{kind: expectSink, pkg: pkg, recv: recv, name: name, args: [2]int{from}}
}

// actual is a call that starts an assertion on its argument index.
func actual(pkg, recv, name string, index int) sink {
	return sink{kind: actualSink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

// apply is an assertion method that applies its argument index, a matcher.
func apply(pkg, recv, name string, index int) sink {
	return sink{kind: applySink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

// matcher is a matcher that compares the actual value with its argument
// index for equality.
func matcher(pkg, recv, name string, index int) sink {
	return sink{kind: matcherSink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

// matcherOp is a matcher that compares as its string argument opIndex
// says ("==", "<", "<=", ">", ">="), as in BeNumerically(">=", 500).
func matcherOp(pkg, recv, name string, index, opIndex int) sink {
	return sink{kind: matcherSink, pkg: pkg, recv: recv, name: name, args: [2]int{index, opIndex}, op: "by argument"}
}

// order is an ordering assertion: argument x op argument y, as in
// testify's GreaterOrEqual(t, x, y), x >= y.
func order(pkg, recv, name string, x, y int, op string) sink {
	return sink{kind: compareSink, pkg: pkg, recv: recv, name: name, args: [2]int{x, y}, op: op}
}
