// Waits whose lateness cannot fail the test: lateness only makes them wait longer.
package safe

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// After Stop nothing may fire: waiting longer than 10 ms only checks more thoroughly. A timer
// that fired before Stop could stop it (Stop returns false) is not what this checks.
func TestAbsenceAfterStop(t *testing.T) {
	for i := 0; i < 10; i++ {
		var fired int32
		timer := time.AfterFunc(20*time.Millisecond, func() { atomic.StoreInt32(&fired, 1) })
		if !timer.Stop() {
			continue
		}
		time.Sleep(30 * time.Millisecond)
		if atomic.LoadInt32(&fired) != 0 {
			t.Fatal("stopped timer fired")
		}
	}
}

// Nothing arrives on a channel nobody sends on within 10 ms.
func TestAbsenceOfMessage(t *testing.T) {
	ch := make(chan int)
	for i := 0; i < 15; i++ {
		select {
		case v := <-ch:
			t.Fatalf("unexpected %d", v)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// A 1 us yield in a spin loop.
func TestYieldUntilDone(t *testing.T) {
	var done int32
	go func() {
		time.Sleep(100 * time.Millisecond)
		atomic.StoreInt32(&done, 1)
	}()
	for atomic.LoadInt32(&done) == 0 {
		time.Sleep(time.Microsecond)
	}
}

// A lock held for 5 ms at a time: lateness only lengthens the hold.
func TestLockHoldTime(t *testing.T) {
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				mu.Lock()
				counter++
				time.Sleep(5 * time.Millisecond)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if counter != 20 {
		t.Fatalf("counter %d, want 20", counter)
	}
}

// A hang guard of 10 s around work that takes 100 ms.
func TestHangGuardSelect(t *testing.T) {
	done := make(chan struct{})
	go func() {
		time.Sleep(100 * time.Millisecond)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("work hung")
	}
}

// A lower bound: the sleep lasted at least what was asked.
func TestSleepLowerBound(t *testing.T) {
	start := time.Now()
	time.Sleep(150 * time.Millisecond)
	if elapsed := time.Since(start); elapsed < 150*time.Millisecond {
		t.Fatalf("slept %v, less than 150ms", elapsed)
	}
}

// A 2 ms sleep, short but harmless: the test checks an order that the sleep cannot change.
func TestShortSleepOrder(t *testing.T) {
	var order []int
	var mu sync.Mutex
	for i := 0; i < 50; i++ {
		time.Sleep(2 * time.Millisecond)
		mu.Lock()
		order = append(order, i)
		mu.Unlock()
	}
	for i, v := range order {
		if v != i {
			t.Fatalf("order %v", order)
		}
	}
}
