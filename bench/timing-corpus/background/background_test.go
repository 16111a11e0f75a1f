// Waiting for a background goroutine with a fixed sleep instead of a signal.
package background

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func startWorker(delay time.Duration, done *int32) {
	go func() {
		time.Sleep(delay)
		atomic.StoreInt32(done, 1)
	}()
}

// The worker needs 50 ms; the test looks after 100 ms.
func TestWorkerDoneAfterSleep(t *testing.T) {
	var done int32
	startWorker(50*time.Millisecond, &done)
	time.Sleep(100 * time.Millisecond)
	if atomic.LoadInt32(&done) == 0 {
		t.Fatal("worker not done")
	}
}

// The worker needs 180 ms; the test looks after 200 ms.
func TestWorkerDoneTight(t *testing.T) {
	var done int32
	startWorker(180*time.Millisecond, &done)
	time.Sleep(200 * time.Millisecond)
	if atomic.LoadInt32(&done) == 0 {
		t.Fatal("worker not done")
	}
}

// Waiting on a WaitGroup: no timing assumption at all.
func TestWorkerWaitGroup(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(150 * time.Millisecond)
	}()
	wg.Wait()
}

// Polling with a 1 ms yield until done, under a 5 s hang guard.
func TestWorkerPolledWithHangGuard(t *testing.T) {
	var done int32
	startWorker(150*time.Millisecond, &done)
	deadline := time.Now().Add(5 * time.Second)
	for atomic.LoadInt32(&done) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("worker never finished")
		}
		time.Sleep(time.Millisecond)
	}
}
