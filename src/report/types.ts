// The report envelope: what the orchestrator hands the policy and the report, and the JSON
// report built from it. Each check's details live with the check; the catalogue joins them.
import type { CheckResult } from '../checks/catalogue.js'
import type { CheckStatus, Finding, Severity } from '../checks/result.js'
import type { RunnerIdentity } from '../runner/identity.js'

export type { CheckResult, CheckStatus, Finding, Severity }
export type Verdict = 'pass' | 'warn' | 'fail'
export type EnvironmentClass = 'physical' | 'vm' | 'container' | 'kubernetes' | 'serverless'

export const ENVIRONMENT_CLASSES: readonly EnvironmentClass[] = [
  'physical',
  'vm',
  'container',
  'kubernetes',
  'serverless'
]

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
