// Ticker counts in a window: a ticker drops ticks its reader misses, so a runner that stalls
// for tens of milliseconds loses ticks.
package tickers

import (
	"testing"
	"time"
)

func countTicks(ticker *time.Ticker, window time.Duration) int {
	deadline := time.After(window)
	n := 0
	for {
		select {
		case <-ticker.C:
			n++
		case <-deadline:
			return n
		}
	}
}

// 20 ticks of 10 ms nominal in 200 ms; at least 17 wanted: about 30 ms of slack.
func TestTickerCountInWindow(t *testing.T) {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	if n := countTicks(ticker, 200*time.Millisecond); n < 17 {
		t.Fatalf("%d ticks in 200ms, want at least 17", n)
	}
}

// 10 ticks of 25 ms nominal in 250 ms; at least 8 wanted: about 50 ms of slack.
func TestTickerCountLooser(t *testing.T) {
	ticker := time.NewTicker(25 * time.Millisecond)
	defer ticker.Stop()
	if n := countTicks(ticker, 250*time.Millisecond); n < 8 {
		t.Fatalf("%d ticks in 250ms, want at least 8", n)
	}
}

// Reset to 20 ms: 10 ticks nominal in 200 ms, at least 8 wanted.
func TestTickerResetCount(t *testing.T) {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	ticker.Reset(20 * time.Millisecond)
	if n := countTicks(ticker, 200*time.Millisecond); n < 8 {
		t.Fatalf("%d ticks in 200ms after Reset, want at least 8", n)
	}
}

// Any tick at all in 300 ms of a 10 ms ticker: lateness cannot take them all.
func TestTickerSomeTick(t *testing.T) {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	if n := countTicks(ticker, 300*time.Millisecond); n < 1 {
		t.Fatalf("no tick in 300ms")
	}
}
