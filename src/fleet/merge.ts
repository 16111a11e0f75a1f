// Pure: report files' texts in, the fleet report out.
import type { Verdict } from '../report/types.js'
import { compareWithBaseline, parseBaseline } from './baseline.js'
import { extractRunner } from './extract.js'
import { findStandOuts } from './outliers.js'
import {
  FLEET_KIND,
  FLEET_SCHEMA_VERSION,
  type FleetReport,
  type FleetRunner,
  type RejectedFile
} from './types.js'

export type FailOn = 'error' | 'warning' | 'never'

export interface ReportFile {
  file: string
  /** The text, or why it could not be read (too large, unreadable). */
  text?: string
  unreadable?: string
}

export interface MergeInput {
  /** Read one at a time (a generator), so only one file's text is held at once. */
  files: Iterable<ReportFile>
  /** The baseline file's text, or why there is none to compare with. */
  baseline?: { file: string; text?: string; unreadable?: string }
  failOn: FailOn
  version: string
  now: Date
  /** Notes from reading (caps reached), carried into the report. */
  notes?: readonly string[]
}

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 }
/** What blocks `go test` outright before what makes it flaky (as the step's annotations rank). */
const CHECK_WEIGHT: Record<string, number> = {
  'go-install': 6,
  'temp-dirs': 5,
  defender: 4,
  timer: 3,
  'go-env': 2,
  'endangered-tests': 1
}

/** Larger is more severe: verdict, then the failed checks by weight, then the p99. */
export function severity(runner: FleetRunner): number[] {
  const failedWeight = Object.entries(runner.checks)
    .filter(([, status]) => status === 'fail')
    .reduce((sum, [id]) => sum + (CHECK_WEIGHT[id] ?? 1), 0)
  return [VERDICT_RANK[runner.verdict], failedWeight, runner.wakeP99Us ?? 0]
}

function sortBySeverity(runners: FleetRunner[]): FleetRunner[] {
  const severities = new Map(runners.map(r => [r, severity(r)]))
  return runners.sort((a, b) => {
    const [sa, sb] = [severities.get(a) as number[], severities.get(b) as number[]]
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i]
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  })
}

export function mergeFleet(input: MergeInput): FleetReport {
  const rejected: RejectedFile[] = []
  const notes = [...(input.notes ?? [])]
  const byKey = new Map<string, FleetRunner>()
  for (const file of input.files) {
    if (file.text === undefined) {
      rejected.push({ file: file.file, reason: file.unreadable ?? 'unreadable' })
      continue
    }
    const extracted = extractRunner(file.text, file.file)
    if ('reason' in extracted) {
      rejected.push({ file: file.file, reason: extracted.reason })
      continue
    }
    const runner = extracted.runner
    const earlier = byKey.get(runner.key)
    if (earlier !== undefined) {
      // Re-run attempts of one job write one report each: the latest speaks for the runner.
      const latest = later(earlier, runner)
      notes.push(
        `${runner.name}: reports ${earlier.file} and ${runner.file}; the later one (${latest.file}) is used.`
      )
      byKey.set(runner.key, latest)
    } else byKey.set(runner.key, runner)
  }
  const runners = sortBySeverity([...byKey.values()])
  const verdict = runners.reduce<Verdict>(
    (worst, r) => (VERDICT_RANK[r.verdict] > VERDICT_RANK[worst] ? r.verdict : worst),
    'pass'
  )
  const failStep =
    (input.failOn === 'error' && verdict === 'fail') ||
    (input.failOn === 'warning' && verdict !== 'pass')
  const { standOut, notes: outlierNotes } = findStandOuts(runners)

  let baseline: FleetReport['baseline']
  if (input.baseline !== undefined) {
    const { file, text, unreadable } = input.baseline
    const parsed = text === undefined ? { reason: unreadable ?? 'unreadable' } : parseBaseline(text)
    if ('reason' in parsed)
      notes.push(`Input 'baseline' (${file}): ${parsed.reason}; no comparison.`)
    else
      baseline = {
        generatedAt: parsed.baseline.generatedAt,
        runners: parsed.baseline.runners.length,
        changes: compareWithBaseline(runners, parsed.baseline)
      }
  }
  return {
    kind: FLEET_KIND,
    schemaVersion: FLEET_SCHEMA_VERSION,
    tool: { name: 'go-win-preflight', version: input.version },
    generatedAt: input.now.toISOString(),
    verdict,
    failOn: input.failOn,
    failStep,
    failingRunners: runners.filter(r => r.verdict === 'fail').map(r => r.name),
    runners,
    standOut,
    outlierNotes,
    baseline,
    rejected,
    notes
  }
}

function later(a: FleetRunner, b: FleetRunner): FleetRunner {
  const attempt = (r: FleetRunner) => Number(r.runAttempt ?? 0)
  if (attempt(a) !== attempt(b)) return attempt(a) > attempt(b) ? a : b
  return b.startedAt > a.startedAt ? b : a
}
