package lsp

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestSettingsFlags(t *testing.T) {
	for _, test := range []struct {
		settings string
		want     []string
		key      string // of the error, if any
		errText  string
	}{
		{settings: `null`},
		{settings: `{}`},
		{settings: `{"allow": [200, 404], "constants": "status", "nonstandard": false, "funcs": ["example.com/api.Error:1"], "follow": false, "range": false, "tags": ["integration", "e2e"]}`,
			want: []string{"-allow=200,404", "-constants=status", "-nonstandard=false", "-funcs=example.com/api.Error:1", "-follow=false", "-range=false", "-tags=integration,e2e"}},
		{settings: `{"allow": []}`, want: []string{"-allow="}},
		{settings: `[1]`, key: "statuslint", errText: "want an object"},
		{settings: `{"allowed": [200]}`, key: "allowed", errText: "unknown setting"},
		{settings: `{"allow": "200"}`, key: "allow", errText: "want a list of status codes"},
		{settings: `{"allow": [1000]}`, key: "allow", errText: "1000"},
		{settings: `{"constants": "httpx"}`, key: "constants", errText: `unknown value "httpx"`},
		{settings: `{"nonstandard": "yes"}`, key: "nonstandard", errText: "want true or false"},
		{settings: `{"follow": "no"}`, key: "follow", errText: "want true or false"},
		{settings: `{"range": "off"}`, key: "range", errText: "want true or false"},
		{settings: `{"funcs": ["nodot:1"]}`, key: "funcs", errText: "malformed entry"},
		{settings: `{"tags": ["a,b"]}`, key: "tags", errText: "malformed build tag"},
	} {
		got, err := settingsFlags([]byte(test.settings))
		if test.key == "" {
			if err != nil || !slices.Equal(got, test.want) {
				t.Errorf("%s: got %q, %v, want %q", test.settings, got, err, test.want)
			}
			continue
		}
		var serr *SettingsError
		if !errors.As(err, &serr) || serr.Key != test.key || !strings.Contains(err.Error(), test.errText) {
			t.Errorf("%s: got error %v, want one for key %s containing %q", test.settings, err, test.key, test.errText)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "statuslint settings: "+test.key+": ") {
			t.Errorf("%s: error %q does not start with the key", test.settings, err)
		}
	}
}
