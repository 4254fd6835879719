package vettool

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestVetxCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	c := openCache()
	if c.dir == "" {
		t.Fatal("openCache: no directory")
	}
	export := filepath.Join(t.TempDir(), "export")
	if err := os.WriteFile(export, []byte("export data"), 0o666); err != nil {
		t.Fatal(err)
	}
	key, err := c.key("example.com/p", export)
	if err != nil {
		t.Fatal(err)
	}
	if other, _ := c.key("example.com/q", export); other == key {
		t.Errorf("key: the same for two package paths")
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
