// Deadlines against work: the work (a timed wait here, or CPU) must finish before a timeout.
package deadlines

import (
	"context"
	"testing"
	"time"
)

func slowResult(d time.Duration) <-chan int {
	ch := make(chan int, 1)
	go func() {
		time.Sleep(d)
		ch <- 42
	}()
	return ch
}

// Work of 100 ms against a 150 ms timeout: a margin of 50 ms.
func TestWorkBeatsTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	select {
	case <-slowResult(100 * time.Millisecond):
	case <-ctx.Done():
		t.Fatal("timed out before the work finished")
	}
}

// Work of 100 ms against a 120 ms timeout: a margin of 20 ms.
func TestWorkBeatsTightTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Millisecond)
	defer cancel()
	select {
	case <-slowResult(100 * time.Millisecond):
	case <-ctx.Done():
		t.Fatal("timed out before the work finished")
	}
}

// Work of 200 ms against a deadline 260 ms from now: a margin of 60 ms.
func TestWorkBeatsDeadline(t *testing.T) {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(260*time.Millisecond))
	defer cancel()
	select {
	case <-slowResult(200 * time.Millisecond):
	case <-ctx.Done():
		t.Fatal("deadline passed before the work finished")
	}
}

// A hang guard: 100 ms of work against 10 s.
func TestWorkWithHangGuard(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	select {
	case <-slowResult(100 * time.Millisecond):
	case <-ctx.Done():
		t.Fatal("timed out")
	}
}
