// Timer.Reset: the wait the test depends on is set by Reset, not by the constructor.
package reset

import (
	"testing"
	"time"
)

func TestTimerResetMargin(t *testing.T) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	timer.Reset(100 * time.Millisecond)
	start := time.Now()
	<-timer.C
	if elapsed := time.Since(start); elapsed > 140*time.Millisecond {
		t.Fatalf("reset timer fired after %v, want at most 140ms", elapsed)
	}
}

// A reset timer of 80 ms must fire before a 100 ms timeout: 20 ms between two timers.
func TestTimerResetBeatsTimeout(t *testing.T) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	if !timer.Stop() {
		<-timer.C
	}
	timer.Reset(80 * time.Millisecond)
	timeout := time.After(100 * time.Millisecond)
	select {
	case <-timer.C:
	case <-timeout:
		t.Fatal("timeout before the reset timer")
	}
}

// Reset, then a lower bound only: a late timer passes.
func TestTimerResetLowerBound(t *testing.T) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	start := time.Now()
	timer.Reset(150 * time.Millisecond)
	<-timer.C
	if elapsed := time.Since(start); elapsed < 150*time.Millisecond {
		t.Fatalf("fired after %v, before 150ms", elapsed)
	}
}
