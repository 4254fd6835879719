// Package internal is a stub of github.com/onsi/gomega/internal v1.44.0:
// *gomega.WithT is an alias of its *Gomega.
package internal

import "github.com/onsi/gomega/types"

type Gomega struct{}

func NewGomega() *Gomega { return &Gomega{} }

func (g *Gomega) Ω(actual any, extra ...any) types.Assertion {
	return g.ExpectWithOffset(0, actual, extra...)
}

func (g *Gomega) Expect(actual any, extra ...any) types.Assertion {
	return g.ExpectWithOffset(0, actual, extra...)
}

func (g *Gomega) ExpectWithOffset(offset int, actual any, extra ...any) types.Assertion {
	return nil
}

func (g *Gomega) Eventually(actualOrCtx any, args ...any) types.AsyncAssertion { return nil }
