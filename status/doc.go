// Package status names the HTTP status codes of the IANA HTTP Status Code
// Registry and classifies them, so that code can say status.NotFound where
// it would otherwise write a bare 404.
//
// It is the Go counterpart of Django REST framework's status module, whose
// advice statuslint enforces: "Using bare status codes in your responses
// isn't recommended."
//
// # Names
//
// Each constant is an untyped int named after the code's reason phrase in
// RFC 9110 or the RFC that registered it, in Go style: [OK], [NotFound],
// [ContentTooLarge], [UnprocessableContent]. Where net/http spells a code
// differently, its spelling (without the "Status" prefix) is declared too,
// as an alias of the RFC name: [RequestEntityTooLarge] is [ContentTooLarge],
// so every net/http constant StatusX has a counterpart status.X of the
// same value. [Teapot] (418) exists because net/http has it; the reserved
// code 306 has no name.
//
// # Registry
//
// [Lookup] and [Entries] describe each named code: its constant names,
// net/http's name, its reason phrase and the section that defines it.
// The registry is generated from the constants in status.go, the one
// hand-written table; a test checks it against the net/http package of
// the Go toolchain in use.
package status
