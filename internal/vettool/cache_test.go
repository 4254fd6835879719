package vettool

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestVetxCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	c := openCache()
	if c.dir == "" {
		t.Fatal("openCache: no directory")
	}
	dir := t.TempDir()
	export := writeArchive(t, filepath.Join(dir, "export"), "export data", "code")
	key, err := c.key("example.com/p", export)
	if err != nil {
		t.Fatal(err)
	}
	if other, _ := c.key("example.com/q", export); other == key {
		t.Errorf("key: the same for two package paths")
	}
	if other, _ := c.key("example.com/p", writeArchive(t, filepath.Join(dir, "new"), "export data 2", "code")); other == key {
		t.Errorf("key: the same for two export data")
	}
	// The key is the export data's, whatever the object code.
	if other, _ := c.key("example.com/p", writeArchive(t, filepath.Join(dir, "code"), "export data", "other code")); other != key {
		t.Errorf("key: another for the same export data and other code")
	}
	if c.withFacts(key, nil) != key {
		t.Errorf("withFacts without facts: another key")
	}
	if f1, f2 := c.withFacts(key, []byte("a")), c.withFacts(key, []byte("b")); f1 == key || f1 == f2 {
		t.Errorf("withFacts: %q for facts a, %q for b, %q for none", f1, f2, key)
	}
	if _, ok := c.get(key); ok {
		t.Fatalf("get before put: found")
	}
	file, ok := c.put(key, []byte("vetx"))
	if !ok {
		t.Fatal("put: not stored")
	}
	if got, ok := c.get(key); !ok || got != file {
		t.Errorf("get after put: got %q, %v, want %q", got, ok, file)
	}

	// An entry unused for longer than trimAge goes at the next trim.
	old := time.Now().Add(-trimAge - time.Hour)
	if err := os.Chtimes(file, old, old); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Join(c.dir, "trim.txt"), old, old); err != nil {
		t.Fatal(err)
	}
	openCache()
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("trim: %s is still there (%v)", file, err)
	}
}

// writeArchive writes to file an archive such as the compiler's: export
// data, then object code.
func writeArchive(t *testing.T, file, export, code string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("!<arch>\n")
	member := func(name, data string) {
		fmt.Fprintf(&b, "%-16s%-12s%-6s%-6s%-8s%-10d`\n", name, "0", "0", "0", "644", len(data))
		b.WriteString(data)
		if len(data)%2 == 1 {
			b.WriteByte('\n')
		}
	}
	member("__.PKGDEF", "go object linux amd64 go1.26.8 X:none\n\n$$B\n"+export+"\n$$\n")
	member("_go_.o", code)
	if err := os.WriteFile(file, []byte(b.String()), 0o666); err != nil {
		t.Fatal(err)
	}
	return file
}
