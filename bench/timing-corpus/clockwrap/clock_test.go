package clockwrap

import (
	"testing"
	"time"
)

// waitFor is the kind of helper test files grow.
func waitFor(d time.Duration) { time.Sleep(d) }

func TestClockAfterMargin(t *testing.T) {
	clk := New()
	start := clk.Now()
	<-clk.After(150 * time.Millisecond)
	if elapsed := clk.Now().Sub(start); elapsed > 190*time.Millisecond {
		t.Fatalf("waited %v, want at most 190ms", elapsed)
	}
}

func TestNewSleepMargin(t *testing.T) {
	start := time.Now()
	New().Sleep(200 * time.Millisecond)
	if elapsed := time.Since(start); elapsed > 230*time.Millisecond {
		t.Fatalf("slept %v, want at most 230ms", elapsed)
	}
}

func TestWaitForHelperMargin(t *testing.T) {
	start := time.Now()
	waitFor(100 * time.Millisecond)
	if elapsed := time.Since(start); elapsed > 150*time.Millisecond {
		t.Fatalf("waited %v, want at most 150ms", elapsed)
	}
}

// A poller built with a real clock and a 120 ms interval, checked against 160 ms.
func TestPollerIntervalMargin(t *testing.T) {
	p := NewPoller(New(), 120*time.Millisecond)
	start := time.Now()
	p.Wait()
	if elapsed := time.Since(start); elapsed > 160*time.Millisecond {
		t.Fatalf("poller waited %v, want at most 160ms", elapsed)
	}
}

// A fake clock: an hour passes when the test says so, whatever the runner does.
func TestFakeClockAfter(t *testing.T) {
	clk := NewFake()
	ch := clk.After(time.Hour)
	clk.Advance(59 * time.Minute)
	select {
	case <-ch:
		t.Fatal("fired before the hour")
	default:
	}
	clk.Advance(time.Minute)
	select {
	case <-ch:
	default:
		t.Fatal("did not fire at the hour")
	}
	time.Sleep(100 * time.Millisecond) // let a real runner's time pass: nothing depends on it
}

// A fake clock behind a poller: 120 ms intervals of fake time.
func TestFakeClockPoller(t *testing.T) {
	clk := NewFake()
	p := NewPoller(clk, 120*time.Millisecond)
	done := make(chan struct{})
	go func() {
		p.Wait()
		close(done)
	}()
	for i := 0; i < 100; i++ {
		select {
		case <-done:
			return
		default:
		}
		clk.Advance(10 * time.Millisecond)
		time.Sleep(2 * time.Millisecond)
	}
	<-done
}
