package ttlcache

import (
	"testing"
	"time"
)

// The entry must still be there 200 ms in, with a TTL of 250 ms: a margin of 50 ms.
func TestEntryPresentBeforeTTL(t *testing.T) {
	c := New(250*time.Millisecond, 10*time.Millisecond)
	defer c.Close()
	c.Set("k", "v")
	time.Sleep(200 * time.Millisecond)
	if _, ok := c.Get("k"); !ok {
		t.Fatal("entry evicted before its TTL")
	}
}

// A margin of 20 ms: TTL 150 ms, read at 130 ms.
func TestEntryPresentNearTTL(t *testing.T) {
	c := New(time.Second, 5*time.Millisecond)
	defer c.Close()
	c.SetTTL(150 * time.Millisecond)
	c.Set("k", "v")
	time.Sleep(130 * time.Millisecond)
	if _, ok := c.GetFresh("k"); !ok {
		t.Fatal("entry expired before its TTL")
	}
}

// The janitor (every 20 ms) must have evicted a 100 ms entry by 200 ms.
func TestJanitorEvictsAfterTTL(t *testing.T) {
	c := New(100*time.Millisecond, 20*time.Millisecond)
	defer c.Close()
	c.Set("k", "v")
	time.Sleep(200 * time.Millisecond)
	if _, ok := c.Get("k"); ok {
		t.Fatal("janitor did not evict the expired entry")
	}
}

// Expiry checked on read: a late wake-up only makes the entry more expired.
func TestLazyExpiryOnRead(t *testing.T) {
	c := New(50*time.Millisecond, time.Hour)
	defer c.Close()
	c.Set("k", "v")
	time.Sleep(150 * time.Millisecond)
	if _, ok := c.GetFresh("k"); ok {
		t.Fatal("entry still fresh after its TTL")
	}
}

// A TTL of seconds against a 150 ms wait.
func TestLazyFreshWithLongTTL(t *testing.T) {
	c := New(5*time.Second, time.Hour)
	defer c.Close()
	c.Set("k", "v")
	time.Sleep(150 * time.Millisecond)
	if _, ok := c.GetFresh("k"); !ok {
		t.Fatal("entry expired early")
	}
}
