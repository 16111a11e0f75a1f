// Command timerprobe measures how late timers fire inside the Go runtime. The action bundles
// this source and builds it with the user's Go (1.19 or newer). It uses only os, runtime,
// strconv and time so a cold build cache compiles little, and prints one JSON object on stdout:
//
//	{"goVersion":"go1.22.1","gomaxprocs":4,"results":[{"name":"time.Sleep",
//	  "variant":"default","requestedUs":1000,"latencyNs":[...]}, ...]}
//
// Lateness is the measured wait minus the requested one; for the Ticker it is the interval
// between two received ticks minus the period (negative when a late tick is followed by a
// prompt one).
package main

import (
	"os"
	"runtime"
	"strconv"
	"time"
)

const (
	maxSamples = 100
	warmup     = 3
	// Each probe stops after this long, so a 15.6 ms Windows tick cannot stretch the run.
	budget = 40 * time.Millisecond
)

type result struct {
	name      string
	variant   string
	requested time.Duration
	latency   []int64
}

func measure(requested time.Duration, wait func()) []int64 {
	for i := 0; i < warmup; i++ {
		wait()
	}
	samples := make([]int64, 0, maxSamples)
	start := time.Now()
	for len(samples) < maxSamples && time.Since(start) < budget {
		before := time.Now()
		wait()
		samples = append(samples, int64(time.Since(before)-requested))
	}
	return samples
}

func measureTicker(period time.Duration) []int64 {
	ticker := time.NewTicker(period)
	defer ticker.Stop()
	for i := 0; i < warmup; i++ {
		<-ticker.C
	}
	samples := make([]int64, 0, maxSamples)
	start := time.Now()
	previous := start
	for len(samples) < maxSamples && time.Since(start) < budget {
		<-ticker.C
		now := time.Now()
		samples = append(samples, int64(now.Sub(previous)-period))
		previous = now
	}
	return samples
}

func probes(variant string) []result {
	const sleep = time.Millisecond
	const short = 100 * time.Microsecond
	return []result{
		{"time.Sleep", variant, sleep, measure(sleep, func() { time.Sleep(sleep) })},
		{"time.NewTimer", variant, short, measure(short, func() {
			t := time.NewTimer(short)
			<-t.C
		})},
		{"time.After", variant, sleep, measure(sleep, func() { <-time.After(sleep) })},
		{"time.Ticker", variant, sleep, measureTicker(sleep)},
	}
}

func main() {
	var all []result
	all = append(all, probes("default")...)

	previous := runtime.GOMAXPROCS(1)
	all = append(all, probes("gomaxprocs1")...)
	runtime.GOMAXPROCS(previous)

	locked := make(chan []result)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		locked <- probes("lockosthread")
	}()
	all = append(all, <-locked...)

	out := []byte("{\"goVersion\":" + strconv.Quote(runtime.Version()) +
		",\"gomaxprocs\":" + strconv.Itoa(previous) + ",\"results\":[")
	for i, r := range all {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, "{\"name\":"+strconv.Quote(r.name)+",\"variant\":"+strconv.Quote(r.variant)+
			",\"requestedUs\":"+strconv.FormatInt(r.requested.Microseconds(), 10)+",\"latencyNs\":["...)
		for j, v := range r.latency {
			if j > 0 {
				out = append(out, ',')
			}
			out = strconv.AppendInt(out, v, 10)
		}
		out = append(out, "]}"...)
	}
	out = append(out, "]}\n"...)
	os.Stdout.Write(out)
}
