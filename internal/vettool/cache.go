package vettool

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"golang.org/x/tools/go/gcexportdata"
)

// vetxCache keeps the vetx files rebuilt for skipped packages (see
// fillSkipped), so that the units importing a skipped package, and every
// later run after an edit, rebuild it once: gin's 22 analysed units import
// skipped packages 396 times. An entry of types alone depends only on the
// compiler's export data, the package path and this binary's gcexportdata,
// which the key hashes; a whole file's key adds its facts. Entries unused for trimAge are removed, at most once a
// trimInterval, as the go command trims its cache.
type vetxCache struct {
	dir     string // "" when there is no cache: every call misses
	version string // the toolchain and module versions of this binary
}

const (
	trimInterval = 24 * time.Hour
	trimAge      = 5 * 24 * time.Hour
	touchAge     = time.Hour // an entry's mtime is refreshed on use when older
)

// openCache returns the cache in the user's cache directory, or one that
// always misses if there is none.
func openCache() *vetxCache {
	c := new(vetxCache)
	base, err := os.UserCacheDir()
	if err != nil {
		return c
	}
	dir := filepath.Join(base, "statuslint", "vetx")
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return c
	}
	c.dir = dir
	if bi, ok := debug.ReadBuildInfo(); ok {
		c.version = bi.GoVersion
		for _, m := range bi.Deps {
			if m.Path == "golang.org/x/tools" {
				c.version += " " + m.Version + " " + m.Sum
			}
		}
	}
	c.trim()
	return c
}

// key returns the cache key of the vetx file of path whose compiler export
// data is in the file export. It hashes the export data alone, not the
// whole archive: net/http's is 0.25 MB of an 8.7 MB file, and every
// analysed unit computes the keys of all its skipped imports.
func (c *vetxCache) key(path, export string) (string, error) {
	f, err := os.Open(export)
	if err != nil {
		return "", err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	io.WriteString(h, "statuslint vetx 2\x00"+c.version+"\x00"+path+"\x00")
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// withFacts returns the key of the vetx file whose types are typesKey's
// and whose facts are facts: typesKey itself if there are none.
func (c *vetxCache) withFacts(typesKey string, facts []byte) string {
	if typesKey == "" || len(facts) == 0 {
		return typesKey
	}
	h := sha256.New()
	io.WriteString(h, "statuslint vetx facts 1\x00"+typesKey+"\x00")
	h.Write(facts)
	return hex.EncodeToString(h.Sum(nil))
}

// get returns the file of key, if the cache has it.
func (c *vetxCache) get(key string) (string, bool) {
	if c.dir == "" || key == "" {
		return "", false
	}
	file := filepath.Join(c.dir, key[:2], key)
	fi, err := os.Stat(file)
	if err != nil || fi.Size() == 0 {
		return "", false
	}
	if now := time.Now(); now.Sub(fi.ModTime()) > touchAge {
		os.Chtimes(file, now, now) // in use: not to be trimmed
	}
	return file, true
}

// put stores data under key and returns its file. Concurrent vet tool
// processes may put the same key: each writes a temporary file and renames
// it, so that a reader sees a whole file or none.
func (c *vetxCache) put(key string, data []byte) (string, bool) {
	if c.dir == "" || key == "" {
		return "", false
	}
	dir := filepath.Join(c.dir, key[:2])
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return "", false
	}
	tmp, err := os.CreateTemp(dir, key+".tmp*")
	if err != nil {
		return "", false
	}
	_, err = tmp.Write(data)
	if err = errors.Join(err, tmp.Close()); err == nil {
		file := filepath.Join(dir, key)
		if err = os.Rename(tmp.Name(), file); err == nil {
			return file, true
		}
	}
	os.Remove(tmp.Name())
	return "", false
}

// trim removes the entries unused for trimAge, if the last trim is older
// than trimInterval.
func (c *vetxCache) trim() {
	mark := filepath.Join(c.dir, "trim.txt")
	now := time.Now()
	if fi, err := os.Stat(mark); err == nil && now.Sub(fi.ModTime()) < trimInterval {
		return
	}
	if err := os.WriteFile(mark, nil, 0o666); err != nil {
		return
	}
	subdirs, _ := filepath.Glob(filepath.Join(c.dir, "??"))
	for _, sub := range subdirs {
		entries, _ := os.ReadDir(sub)
		for _, e := range entries {
			if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > trimAge {
				os.Remove(filepath.Join(sub, e.Name()))
			}
		}
	}
}
