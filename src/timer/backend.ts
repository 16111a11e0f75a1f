// The one interface every native timer backend implements; the platform picks one, once.

export interface ClockInfo {
  name: string
  frequencyHz?: number
  resolutionNs: number
  /** Measured cost of one clock read through koffi: the floor under every latency. */
  readCostNs: number
}

export interface WakeupLoopDriver {
  /** `linux-clock_nanosleep`, `windows-high-resolution-timer`, ... */
  backend: string
  intervalUs: number
  /**
   * Secondary loops (Windows `Sleep(1)`) run one trial stopped by this wall-time budget,
   * because each wake-up may take a whole 15.6 ms tick.
   */
  secondaryBudgetMs?: number
  note?: string
  /**
   * Discards `warmup` wake-ups, then records up to `count`: lateness in microseconds into
   * `latenciesUs`, wake time (ns since the backend opened) into `wakeNs`. Stops early once
   * `budgetMs` has passed; returns how many samples it wrote.
   */
  run(
    count: number,
    warmup: number,
    budgetMs: number,
    latenciesUs: Float64Array,
    wakeNs: Float64Array
  ): number
}

export interface TimerBackend {
  clock: ClockInfo
  /** Windows only, from NtQueryTimerResolution. */
  timerResolution?: { coarsestMs: number; finestMs: number; currentMs: number }
  timerSlackNs?: number
  /** The first loop is the primary one: its p99 is the `wake-p99` metric. */
  loops: WakeupLoopDriver[]
  notes: string[]
  /** Monotonic nanoseconds since the backend opened. */
  nowNs(): number
  /** What `sleepMs` calls, e.g. `windows-Sleep`. */
  sleepSource: string
  /** Sleeps about `ms` the way ordinary code does; returns the elapsed time measured in ms. */
  sleepMs(ms: number): number
  close(): void
}

/**
 * Average cost of one `read()` in nanoseconds, timed with `nowNs` around many reads, after a
 * warm-up long enough for V8 to optimise the call (about 10 ms in all).
 */
export function measureReadCostNs(read: () => void, nowNs: () => number, reads = 40_000): number {
  for (let i = 0; i < 20_000; i++) read()
  const start = nowNs()
  for (let i = 0; i < reads; i++) read()
  return (nowNs() - start) / reads
}
