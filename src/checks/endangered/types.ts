// The waits the endangered-tests check found: the details of its result.

export interface EndangeredTestHit {
  file: string
  line: number
  column: number
  call: string
  durationUs: number
  expression: string
}

export interface EndangeredTestsDetails {
  filesScanned: number
  /**
   * Waits below this are flagged. Derived from the threshold row (never from this run's
   * measurement), so the same code gets the same findings run after run.
   */
  thresholdUs: number
  /** How thresholdUs was derived, e.g. `2 × the vm limit for wake-p99, 5 ms`. */
  cutoffRule?: string
  hits: EndangeredTestHit[]
  /**
   * Test needs (docs/endangered-tests.md): every wait whose lateness can fail its test, with its
   * margin and how likely this runner is to be later than that. Absent when no lateness was
   * measured per trial.
   */
  needs?: EndangeredNeed[]
  /** Tests scanned, and waits found harmless (absence checks, yields, fake clocks...). */
  testsScanned?: number
  safeWaits?: number
  /**
   * The lateness the needs were judged against: each measured trial's median, p90, p99, p99.9
   * and max (us), and the CFS throttling of the timer stage (quota, period, share of periods
   * throttled).
   */
  lateness?: {
    p50Us: number[]
    p90Us: number[]
    p99Us: number[]
    p999Us: (number | null)[]
    maxUs: number[]
    throttle?: { quotaUs: number; periodUs: number; throttledPct: number }
  }
}

export type NeedRisk = 'likely' | 'possible' | 'unlikely'

export interface EndangeredNeed {
  test: string
  file: string
  line: number
  column: number
  wait: string
  waitUs: number
  /** elapsed, timeout, ttl, ttl-eviction, ticker-count, background. */
  kind: string
  bound: string
  boundUs: number
  marginUs: number
  /** The test's shortest repeating wait (ticker, janitor), 0 when none: what exposes it to a quota. */
  periodicUs: number
  risk: NeedRisk
  /** The chance that one run of the test breaks this need (the larger of the two estimates). */
  chance: number
  /** The rule and numbers behind `risk`. */
  rule: string
}
