// Elapsed-time assertions: a wait checked against an upper bound. What fails under throttling is
// the margin between the wait and the bound, not the wait's length.
package margins

import (
	"testing"
	"time"
)

func TestSleepMargin20ms(t *testing.T) {
	start := time.Now()
	time.Sleep(200 * time.Millisecond)
	if elapsed := time.Since(start); elapsed > 220*time.Millisecond {
		t.Fatalf("slept %v, want at most 220ms", elapsed)
	}
}

func TestSleepMargin50ms(t *testing.T) {
	start := time.Now()
	time.Sleep(200 * time.Millisecond)
	if elapsed := time.Since(start); elapsed > 250*time.Millisecond {
		t.Fatalf("slept %v, want at most 250ms", elapsed)
	}
}

func TestSleepMargin100ms(t *testing.T) {
	start := time.Now()
	time.Sleep(150 * time.Millisecond)
	if elapsed := time.Since(start); elapsed > 250*time.Millisecond {
		t.Fatalf("slept %v, want at most 250ms", elapsed)
	}
}

func TestAfterMargin30ms(t *testing.T) {
	start := time.Now()
	<-time.After(150 * time.Millisecond)
	if elapsed := time.Since(start); elapsed > 180*time.Millisecond {
		t.Fatalf("waited %v, want at most 180ms", elapsed)
	}
}

func TestTimerMargin40ms(t *testing.T) {
	timer := time.NewTimer(120 * time.Millisecond)
	start := time.Now()
	<-timer.C
	if elapsed := time.Since(start); elapsed > 160*time.Millisecond {
		t.Fatalf("timer fired after %v, want at most 160ms", elapsed)
	}
}

// The bound is seconds away: lateness of a loaded runner never reaches it.
func TestSleepMarginSeconds(t *testing.T) {
	start := time.Now()
	time.Sleep(150 * time.Millisecond)
	if elapsed := time.Since(start); elapsed > 3*time.Second {
		t.Fatalf("slept %v, want at most 3s", elapsed)
	}
}
