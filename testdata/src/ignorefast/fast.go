// Package ignorefast reaches no status position, so the analyzer takes its
// fast path; a directive without a reason is reported all the same.
package ignorefast

func sum(a, b int) int {
	/* want `statuslint:ignore needs a reason` */ //statuslint:ignore
	return a + b
}
