// Package gomega is a stub of github.com/onsi/gomega v1.44.0: only the
// declarations statuslint's fixtures use, with their real signatures.
package gomega

import (
	"github.com/onsi/gomega/internal"
	"github.com/onsi/gomega/types"
)

type Gomega = types.Gomega

var Default = Gomega(internal.NewGomega())

type WithT = internal.Gomega

type GomegaWithT = WithT

func NewWithT(t types.GomegaTestingT) *WithT { return internal.NewGomega() }

func RegisterTestingT(t types.GomegaTestingT) {}

func Ω(actual any, extra ...any) Assertion { return Default.Ω(actual, extra...) }

func Expect(actual any, extra ...any) Assertion { return Default.Expect(actual, extra...) }

func ExpectWithOffset(offset int, actual any, extra ...any) Assertion {
	return Default.ExpectWithOffset(offset, actual, extra...)
}

func Eventually(actualOrCtx any, args ...any) AsyncAssertion { return nil }

type AsyncAssertion = types.AsyncAssertion

type Assertion = types.Assertion

type OmegaMatcher = types.GomegaMatcher
