// The data every capability hands to the orchestrator, and the JSON report built from it.
// Rendering (summary, annotations) and policy read only these shapes.
import type { RunnerIdentity } from '../runner/identity.js'

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'skipped'
export type Verdict = 'pass' | 'warn' | 'fail'
export type Severity = 'error' | 'warning' | 'notice'
export type EnvironmentClass = 'physical' | 'vm' | 'container' | 'kubernetes' | 'serverless'

export const ENVIRONMENT_CLASSES: readonly EnvironmentClass[] = [
  'physical',
  'vm',
  'container',
  'kubernetes',
  'serverless'
]

/** Something a person should act on. `remedy` is text they can paste. */
export interface Finding {
  /** Stable identifier, `<check>.<what>`, e.g. `temp.noexec`. */
  id: string
  severity: Severity
  title: string
  message: string
  remedy?: string
  remedyLanguage?: 'yaml' | 'powershell' | 'shell'
  /** Repository-relative location, for annotations on the PR diff. */
  file?: string
  line?: number
}

export interface CheckResult<Details = unknown> {
  /** `go-install`, `go-env`, `timer`, `temp-dirs`, `defender`, `endangered-tests`, `policy`. */
  id: string
  title: string
  status: CheckStatus
  /** One line a person reads first. For `unknown` and `skipped` it says why. */
  summary: string
  findings: Finding[]
  details?: Details
  durationMs?: number
}

/** A named number with its unit, the way thresholds and the report speak. */
export interface Metric {
  id: string
  value: number
  unit: '%' | 'us' | 'ms' | 's' | 'count'
}

/**
 * A measured figure the policy can judge. `trials` holds one value per trial so a breach
 * can be decided on a robust aggregate rather than on one extreme sample.
 */
export interface MeasuredMetric {
  /** `sleep-deviation-pct`, `wake-p99`, `timer-resolution`, `cpu-throttled-pct`. */
  id: string
  unit: '%' | 'us' | 'ms'
  /** The value the policy compares: computed by `aggregation` over `trials`. */
  value: number
  trials: number[]
  /** How `value` was derived, e.g. `median of 5 trials' p99`. */
  aggregation: string
  /** Which backend measured it (`windows-waitable-timer`, `linux-clock_nanosleep`, ...). */
  source: string
}

export interface EnvironmentEvidence {
  signal: string
  value: string
  /** The class this signal points to, or `none` for a fact that only informs. */
  indicates: EnvironmentClass | 'none'
}

export interface EnvironmentInfo {
  class: EnvironmentClass
  detected: EnvironmentClass
  overridden: boolean
  evidence: EnvironmentEvidence[]
  runner: {
    os: string
    arch: string
    /** `github-hosted`, `self-hosted`, or `unknown`. */
    environment: string
    imageOS?: string
    imageVersion?: string
  }
}

export interface PolicyBreach {
  metric: string
  unit: string
  value: number
  limit: number
  severity: Severity
  /** The decision rule and the numbers behind it, for the report. */
  rule: string
}

export interface Decision {
  verdict: Verdict
  suspicious: boolean
  /** One line per reason behind the verdict, worst first (metrics over, checks failed, gaps). */
  reasons: string[]
  /** One line per metric that was judged and stayed within its limit. */
  withinLimits: string[]
  breaches: PolicyBreach[]
  /** The threshold row that applied, as the user would write it. */
  thresholds: Record<string, string>
  /** Whether the step must fail, given mode and fail-on. */
  failStep: boolean
  /** The reasons that fail the step (empty when it does not fail): its error lines. */
  failureReasons: string[]
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'go-win-preflight'; version: string }
  startedAt: string
  durationMs: number
  platform: { os: string; arch: string; release: string }
  /** Which runner wrote it (absent in reports written before this field existed). */
  runner?: RunnerIdentity
  verdict: Verdict
  suspicious: boolean
  reasons: string[]
  environment: EnvironmentInfo
  decision: Decision
  metrics: MeasuredMetric[]
  checks: CheckResult[]
  /** Where the time went: process start to run(), koffi's load, and each stage. */
  timingsMs: { startup: number; koffiLoad: number | null; stages: Record<string, number> }
  /** The module and build cache (inputs `cache`, `cache-dependency-path`); `save` is added by the post step. */
  cache?: DependencyCacheReport
}

/**
 * `hit`: the primary key matched exactly; `partial`: a restore key matched; `miss`: nothing
 * matched; `disabled`: input `cache` is false; `unavailable`: no cache service in this run;
 * `skipped`: caching could not start (no Go, no dependency files): `summary` says why.
 */
export type DependencyCacheStatus =
  'hit' | 'partial' | 'miss' | 'disabled' | 'unavailable' | 'skipped'

export interface DependencyCacheReport {
  status: DependencyCacheStatus
  /** One line a person reads first. */
  summary: string
  key: string | null
  restoreKeys: string[]
  matchedKey: string | null
  /** GOMODCACHE and GOCACHE, from `go env`. */
  paths: string[]
  /** The files whose hash is in the key. */
  dependencyFiles: string[]
  /** The restore: its time and the cache folders' size on disk before and after it. */
  restore: { ms: number; bytesBefore: number; bytesAfter: number } | null
  save: DependencyCacheSave | null
}

export interface DependencyCacheSave {
  status: 'saved' | 'skipped' | 'failed'
  summary: string
  /** Time the save took (archive and upload); null when it did not run. */
  ms: number | null
  /** Size on disk of the folders saved (before compression); null when it did not run. */
  bytes: number | null
}

// ---- Details each check carries; the summary renders them. Fields marked optional may be
// absent when the platform or the run could not provide them.

/** Latency statistics in microseconds. `p999` is null when the sample count cannot support it. */
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

/** One wake-up loop: ask to be woken at intervals, record how late each wake-up was. */
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

export interface GoInstallDetails {
  requested?: string
  resolvedVersion?: string
  source: 'tool-cache' | 'download' | 'path' | 'none'
  url?: string
  sha256?: string
  checksum: 'verified' | 'unverified' | 'not-applicable'
  bytes?: number
  timingsMs: {
    resolve?: number
    download?: number
    verify?: number
    extract?: number
    cache?: number
  }
  cacheHit: boolean
  goRoot?: string
  goVersion?: string
  extractor?: string
}

export interface TempProbeStep {
  step: 'create' | 'list' | 'write' | 'exec-first' | 'exec-second' | 'delete'
  ok: boolean
  ms: number
  error?: string
}

export interface TempDirectoryReport {
  path: string
  /** Every name this directory goes by: `GOTMPDIR`, `TMP`, `os.TempDir()`, `RUNNER_TEMP`, `GOCACHE`, ... */
  names: string[]
  status: CheckStatus
  steps: TempProbeStep[]
  /** First and second start of a freshly written executable: the difference estimates scan cost. */
  firstRunMs?: number
  secondRunMs?: number
  freeBytes?: number
  freeInodes?: number
  /** A line explaining the static facts: the mount (Unix) or the DACL (Windows). */
  explanation?: string
}

export interface TempDetails {
  directories: TempDirectoryReport[]
  fix?: { directory: string; exported: string[] }
}

export type DefenderState = 'active' | 'passive' | 'off' | 'not-running' | 'unknown'
export type Coverage =
  'covered' | 'covered-by-parent' | 'possibly-covered' | 'not-covered' | 'unknown'

export interface DefenderPathCoverage {
  label: string
  path: string
  coverage: Coverage
  /** The exclusion that covers it, when one does. */
  by?: string
  /** First-run minus second-run start of a new executable in this path, from the temp probe. */
  scanCostMs?: number
}

export interface DefenderDetails {
  state: DefenderState
  stateReason: string
  realTimeProtection?: boolean
  tamperProtected?: boolean
  productVersion?: string
  elevated?: boolean
  coverage: DefenderPathCoverage[]
  processExclusions: string[]
  appLocker?: { enforcesExe: boolean; detail: string }
  exclusionsAdded: string[]
}

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
   * The lateness the needs were judged against: each measured trial's p99, p99.9 and max (us),
   * and the CFS throttling of the timer stage (quota, period, share of periods throttled).
   */
  lateness?: {
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
  risk: NeedRisk
  /** The rule and numbers behind `risk`. */
  rule: string
}
