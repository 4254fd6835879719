package status

//go:generate go run gen.go

// HTTP status codes as registered with IANA.
// See: https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml
//
// This block and the aliases below are the package's only hand-written
// table: gen.go reads each line as "Name = code // spec: reason phrase"
// or "Alias = Name" and derives the registry (registry_gen.go) from them.
const (
	// 104 "Upload Resumption Supported" is left out on purpose: IANA lists it
	// as a temporary registration for an Internet-Draft, net/http does not
	// have it, and an exported constant cannot be withdrawn if the draft
	// changes or expires.

	Continue           = 100 // RFC 9110, 15.2.1: Continue
	SwitchingProtocols = 101 // RFC 9110, 15.2.2: Switching Protocols
	Processing         = 102 // RFC 2518, 10.1: Processing
	EarlyHints         = 103 // RFC 8297, 2: Early Hints

	OK                          = 200 // RFC 9110, 15.3.1: OK
	Created                     = 201 // RFC 9110, 15.3.2: Created
	Accepted                    = 202 // RFC 9110, 15.3.3: Accepted
	NonAuthoritativeInformation = 203 // RFC 9110, 15.3.4: Non-Authoritative Information
	NoContent                   = 204 // RFC 9110, 15.3.5: No Content
	ResetContent                = 205 // RFC 9110, 15.3.6: Reset Content
	PartialContent              = 206 // RFC 9110, 15.3.7: Partial Content
	MultiStatus                 = 207 // RFC 4918, 11.1: Multi-Status
	AlreadyReported             = 208 // RFC 5842, 7.1: Already Reported
	IMUsed                      = 226 // RFC 3229, 10.4.1: IM Used

	MultipleChoices  = 300 // RFC 9110, 15.4.1: Multiple Choices
	MovedPermanently = 301 // RFC 9110, 15.4.2: Moved Permanently
	Found            = 302 // RFC 9110, 15.4.3: Found
	SeeOther         = 303 // RFC 9110, 15.4.4: See Other
	NotModified      = 304 // RFC 9110, 15.4.5: Not Modified
	UseProxy         = 305 // RFC 9110, 15.4.6: Use Proxy
	// 306 is reserved and must not be sent, so it gets no name (as in
	// net/http): Lookup(306) fails and Text(306) is "".
	_                 = 306 // RFC 9110, 15.4.7 (Unused)
	TemporaryRedirect = 307 // RFC 9110, 15.4.8: Temporary Redirect
	PermanentRedirect = 308 // RFC 9110, 15.4.9: Permanent Redirect

	BadRequest                  = 400 // RFC 9110, 15.5.1: Bad Request
	Unauthorized                = 401 // RFC 9110, 15.5.2: Unauthorized
	PaymentRequired             = 402 // RFC 9110, 15.5.3: Payment Required
	Forbidden                   = 403 // RFC 9110, 15.5.4: Forbidden
	NotFound                    = 404 // RFC 9110, 15.5.5: Not Found
	MethodNotAllowed            = 405 // RFC 9110, 15.5.6: Method Not Allowed
	NotAcceptable               = 406 // RFC 9110, 15.5.7: Not Acceptable
	ProxyAuthenticationRequired = 407 // RFC 9110, 15.5.8: Proxy Authentication Required
	RequestTimeout              = 408 // RFC 9110, 15.5.9: Request Timeout
	Conflict                    = 409 // RFC 9110, 15.5.10: Conflict
	Gone                        = 410 // RFC 9110, 15.5.11: Gone
	LengthRequired              = 411 // RFC 9110, 15.5.12: Length Required
	PreconditionFailed          = 412 // RFC 9110, 15.5.13: Precondition Failed
	ContentTooLarge             = 413 // RFC 9110, 15.5.14: Content Too Large
	URITooLong                  = 414 // RFC 9110, 15.5.15: URI Too Long
	UnsupportedMediaType        = 415 // RFC 9110, 15.5.16: Unsupported Media Type
	RangeNotSatisfiable         = 416 // RFC 9110, 15.5.17: Range Not Satisfiable
	ExpectationFailed           = 417 // RFC 9110, 15.5.18: Expectation Failed
	// IANA marks 418 (Unused) so that no real status takes the code of the
	// RFC 2324 joke; it keeps its name because net/http has StatusTeapot.
	Teapot                      = 418 // RFC 9110, 15.5.19: I'm a teapot
	MisdirectedRequest          = 421 // RFC 9110, 15.5.20: Misdirected Request
	UnprocessableContent        = 422 // RFC 9110, 15.5.21: Unprocessable Content
	Locked                      = 423 // RFC 4918, 11.3: Locked
	FailedDependency            = 424 // RFC 4918, 11.4: Failed Dependency
	TooEarly                    = 425 // RFC 8470, 5.2: Too Early
	UpgradeRequired             = 426 // RFC 9110, 15.5.22: Upgrade Required
	PreconditionRequired        = 428 // RFC 6585, 3: Precondition Required
	TooManyRequests             = 429 // RFC 6585, 4: Too Many Requests
	RequestHeaderFieldsTooLarge = 431 // RFC 6585, 5: Request Header Fields Too Large
	UnavailableForLegalReasons  = 451 // RFC 7725, 3: Unavailable For Legal Reasons

	InternalServerError     = 500 // RFC 9110, 15.6.1: Internal Server Error
	NotImplemented          = 501 // RFC 9110, 15.6.2: Not Implemented
	BadGateway              = 502 // RFC 9110, 15.6.3: Bad Gateway
	ServiceUnavailable      = 503 // RFC 9110, 15.6.4: Service Unavailable
	GatewayTimeout          = 504 // RFC 9110, 15.6.5: Gateway Timeout
	HTTPVersionNotSupported = 505 // RFC 9110, 15.6.6: HTTP Version Not Supported
	VariantAlsoNegotiates   = 506 // RFC 2295, 8.1: Variant Also Negotiates
	InsufficientStorage     = 507 // RFC 4918, 11.5: Insufficient Storage
	LoopDetected            = 508 // RFC 5842, 7.2: Loop Detected
	// IANA marks 510 (OBSOLETED) since RFC 2774 became Historic; the phrase
	// stays "Not Extended", as net/http and deployed servers send it.
	NotExtended                   = 510 // RFC 2774, 7: Not Extended
	NetworkAuthenticationRequired = 511 // RFC 6585, 6: Network Authentication Required
)

// net/http's spellings, for the codes whose name there predates RFC 9110
// (or abbreviates it). Each is an alias of the RFC name, so code written
// against net/http's vocabulary reads the same with this package.
const (
	NonAuthoritativeInfo         = NonAuthoritativeInformation // net/http's name
	ProxyAuthRequired            = ProxyAuthenticationRequired // net/http's name
	RequestEntityTooLarge        = ContentTooLarge             // net/http's name
	RequestURITooLong            = URITooLong                  // net/http's name
	RequestedRangeNotSatisfiable = RangeNotSatisfiable         // net/http's name
	UnprocessableEntity          = UnprocessableContent        // net/http's name
)
