// Package ttlcache is a small cache whose entries expire after a TTL: a janitor goroutine
// evicts them on a ticker (Get trusts it), while GetFresh checks the expiry itself on read.
package ttlcache

import (
	"sync"
	"time"
)

type entry struct {
	value   string
	expires time.Time
}

type Cache struct {
	mu      sync.Mutex
	ttl     time.Duration
	entries map[string]entry
	stop    chan struct{}
}

// New starts the janitor, which evicts expired entries every interval.
func New(ttl, interval time.Duration) *Cache {
	c := &Cache{ttl: ttl, entries: map[string]entry{}, stop: make(chan struct{})}
	go c.janitor(interval)
	return c
}

func (c *Cache) janitor(interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case now := <-ticker.C:
			c.mu.Lock()
			for k, e := range c.entries {
				if now.After(e.expires) {
					delete(c.entries, k)
				}
			}
			c.mu.Unlock()
		case <-c.stop:
			return
		}
	}
}

// SetTTL changes the TTL of entries set from now on.
func (c *Cache) SetTTL(ttl time.Duration) {
	c.mu.Lock()
	c.ttl = ttl
	c.mu.Unlock()
}

func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	c.entries[key] = entry{value: value, expires: time.Now().Add(c.ttl)}
	c.mu.Unlock()
}

// Get returns what the janitor has not evicted yet.
func (c *Cache) Get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	return e.value, ok
}

// GetFresh returns the entry only if it has not expired at the time of the call.
func (c *Cache) GetFresh(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || time.Now().After(e.expires) {
		return "", false
	}
	return e.value, true
}

func (c *Cache) Close() { close(c.stop) }
