// Package clockwrap hides time behind a Clock, as many code bases do: a real one for
// production and a fake one tests advance by hand.
package clockwrap

import (
	"sync"
	"time"
)

type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
	Sleep(d time.Duration)
}

type realClock struct{}

// New returns the real clock.
func New() Clock { return realClock{} }

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
func (realClock) Sleep(d time.Duration)                  { time.Sleep(d) }

// Fake is a clock that moves only when Advance is called.
type Fake struct {
	mu      sync.Mutex
	now     time.Time
	waiters []fakeWaiter
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func NewFake() *Fake { return &Fake{now: time.Unix(0, 0)} }

func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *Fake) After(d time.Duration) <-chan time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := make(chan time.Time, 1)
	f.waiters = append(f.waiters, fakeWaiter{at: f.now.Add(d), ch: ch})
	return ch
}

func (f *Fake) Sleep(d time.Duration) { <-f.After(d) }

// Advance moves the clock and fires every waiter that is due.
func (f *Fake) Advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
	kept := f.waiters[:0]
	for _, w := range f.waiters {
		if !w.at.After(f.now) {
			w.ch <- f.now
		} else {
			kept = append(kept, w)
		}
	}
	f.waiters = kept
}

// Poller calls check every interval on its clock until check returns true.
type Poller struct {
	clock    Clock
	interval time.Duration
}

func NewPoller(clock Clock, interval time.Duration) *Poller {
	return &Poller{clock: clock, interval: interval}
}

// Wait waits one interval on the poller's clock.
func (p *Poller) Wait() { p.clock.Sleep(p.interval) }
