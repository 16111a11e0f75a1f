// The fleet view's data: one row per runner taken from its report, what stands out, what
// changed since a baseline, and the merged JSON that is itself the next run's baseline.
import type { CheckStatus, Verdict } from '../report/types.js'

export const FLEET_KIND = 'go-win-preflight-fleet'
export const FLEET_SCHEMA_VERSION = 1

/** One runner's figures, as the fleet compares them. Units: microseconds and percent. */
export interface FleetRunner {
  /** What identifies the runner across runs: job + matrix values when the job had a matrix, else RUNNER_NAME. */
  key: string
  /** What a person reads: RUNNER_NAME (or host name) and the matrix values. */
  name: string
  /** The report file it came from, relative to input `reports`. */
  file: string
  os: string
  image?: string
  environment: string
  verdict: Verdict
  reasons: string[]
  /** Each check's status, by check id (`temp-dirs`, `defender`, `timer`, ...). */
  checks: Record<string, CheckStatus>
  wakeP50Us?: number
  wakeP99Us?: number
  /** Each trial's p99: the run-to-run noise a baseline comparison allows for. */
  wakeP99TrialsUs: number[]
  sleepDeviationPct?: number
  /** Share of CFS periods throttled; 0 on Linux without a CPU quota; absent where not measurable. */
  throttledPct?: number
  goVersion?: string
  startedAt: string
  runId?: string
  runAttempt?: string
}

export type OutlierMetric = 'wakeP99Us' | 'wakeP50Us' | 'sleepDeviationPct' | 'throttledPct'

/** Why a runner stands out from the rest of the fleet. */
export interface StandOut {
  key: string
  name: string
  /** `wakeP99Us` ... for a figure; `check:<id>` for a check that fails here and passes elsewhere. */
  what: string
  value?: number
  fleetMedian?: number
  /** Distance above the fleet median in scaled MADs (figures only). */
  distance?: number
  message: string
}

export interface RunnerChange {
  key: string
  name: string
  kind: 'new-failure' | 'fixed' | 'p99-regression' | 'p99-improvement' | 'new-runner' | 'gone'
  message: string
}

export interface RejectedFile {
  file: string
  reason: string
}

export interface FleetReport {
  kind: typeof FLEET_KIND
  schemaVersion: typeof FLEET_SCHEMA_VERSION
  tool: { name: 'go-win-preflight'; version: string }
  generatedAt: string
  verdict: Verdict
  failOn: 'error' | 'warning' | 'never'
  failStep: boolean
  /** Names of the runners whose verdict is `fail`, most severe first. */
  failingRunners: string[]
  runners: FleetRunner[]
  standOut: StandOut[]
  /** How `standOut` was decided, and what it could not decide (too few runners). */
  outlierNotes: string[]
  /** Present when input `baseline` gave a valid previous fleet report. */
  baseline?: { generatedAt: string; runners: number; changes: RunnerChange[] }
  rejected: RejectedFile[]
  /** Notes about merging: duplicate reports, caps reached, the baseline's state. */
  notes: string[]
}
