package gomega

import "github.com/onsi/gomega/types"

func Equal(expected any) types.GomegaMatcher { return nil }

func BeEquivalentTo(expected any) types.GomegaMatcher { return nil }

func BeIdenticalTo(expected any) types.GomegaMatcher { return nil }

func BeNumerically(comparator string, compareTo ...any) types.GomegaMatcher { return nil }

func HaveLen(count int) types.GomegaMatcher { return nil }

func BeElementOf(elements ...any) types.GomegaMatcher { return nil }

func Not(matcher types.GomegaMatcher) types.GomegaMatcher { return nil }

func HaveHTTPStatus(expected ...any) types.GomegaMatcher { return nil }
