// What the timer check measured: the details of its result.

export interface LatencyStats {
  count: number
  min: number
  mean: number
  median: number
  p90: number
  p95: number
  p99: number | null
  p999: number | null
  max: number
  stddev: number
  /** Median absolute deviation × 1.4826 (comparable to a standard deviation). */
  madScaled: number
}

export interface HistogramBin {
  fromUs: number
  toUs: number
  count: number
}

export interface Outlier {
  backend: string
  trial: number
  index: number
  /** Time since the start of the timer stage. */
  offsetMs: number
  valueUs: number
}

export interface WakeupLoop {
  /** `windows-high-resolution-timer`, `windows-sleep-1`, `linux-clock_nanosleep`, `darwin-mach_wait_until`. */
  backend: string
  intervalUs: number
  trials: LatencyStats[]
  aggregate: LatencyStats
  /** Range of each trial's p50 and p99, to show how much trials disagree. */
  trialSpread: { p50: [number, number]; p99: [number, number] | null }
  histogram: HistogramBin[]
  outliers: Outlier[]
  /** The robust rule that made a sample an outlier. */
  outlierRule: string
  note?: string
}

export interface SleepDeviation {
  targetMs: number
  samplesMs: number[]
  meanPct: number
  worstPct: number
}

export interface CpuContext {
  /** e.g. `cgroup v2 cpu.max 20000 100000`, or absent when there is no quota. */
  quota?: string
  /** The same quota as numbers: CPU time per CFS period, and the period. */
  quotaUs?: number
  periodUs?: number
  throttledPeriods?: number
  throttledUs?: number
  /** Share of CFS periods during the run that were throttled. */
  throttledPct?: number
  stealPct?: number
  pressureSomeAvg10?: number
  notes: string[]
}

export interface GoProbeResult {
  name: string
  variant: 'default' | 'gomaxprocs1' | 'lockosthread'
  requestedUs: number
  stats: LatencyStats
}

export interface TimerDetails {
  clock: { name: string; frequencyHz?: number; resolutionNs: number; readCostNs: number }
  /** Windows NtQueryTimerResolution, in ms. */
  timerResolution?: { coarsestMs: number; finestMs: number; currentMs: number }
  timerSlackNs?: number
  loops: WakeupLoop[]
  sleep: SleepDeviation
  cpu: CpuContext
  goProbe: {
    status: 'ok' | 'skipped' | 'failed'
    reason?: string
    goVersion?: string
    results: GoProbeResult[]
  }
  stageMs: number
  notes: string[]
}
