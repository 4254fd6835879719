// Package suite is a stub of github.com/stretchr/testify/suite v1.12.1:
// only the declarations statuslint's fixtures use, with their real signatures.
package suite

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Suite is the base of test suites: its assertions are assert's.
type Suite struct {
	*assert.Assertions

	require *require.Assertions
	t       *testing.T
}

func (suite *Suite) T() *testing.T { return suite.t }

func (suite *Suite) Require() *require.Assertions { return suite.require }

func (suite *Suite) Assert() *assert.Assertions { return suite.Assertions }
