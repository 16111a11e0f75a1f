// Pure: a report file's text to one fleet row, or the one line that says why it is not a report.
import { errorMessage } from '../errors.js'
import type { CheckStatus, Report, Verdict } from '../report/types.js'
import { findCheck } from '../checks/catalogue.js'
import type { RunnerIdentity } from '../runner/identity.js'
import { FLEET_KIND, type FleetRunner } from './types.js'

const VERDICTS: readonly Verdict[] = ['pass', 'warn', 'fail']
const STATUSES: readonly CheckStatus[] = ['pass', 'warn', 'fail', 'unknown', 'skipped']

export type Extracted = { runner: FleetRunner } | { reason: string }

export function extractRunner(text: string, file: string): Extracted {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { reason: `not JSON (${errorMessage(error)})` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { reason: 'not a go-win-preflight report: expected a JSON object' }
  const report = value as Partial<Report> & { kind?: unknown }
  if (report.kind === FLEET_KIND)
    return { reason: 'a fleet report, not a runner report (pass it as input `baseline`)' }
  if (report.tool?.name !== 'go-win-preflight')
    return { reason: 'not a go-win-preflight report: no tool.name "go-win-preflight"' }
  if (report.schemaVersion !== 1)
    return {
      reason: `report schemaVersion ${JSON.stringify(report.schemaVersion)}: this fleet action reads version 1`
    }
  if (!VERDICTS.includes(report.verdict as Verdict) || !Array.isArray(report.checks))
    return {
      reason: 'a go-win-preflight report without a verdict or checks: expected the whole report'
    }
  try {
    return { runner: toRunner(report as Report, file) }
  } catch (error) {
    return {
      reason: `malformed report (${errorMessage(error)})`
    }
  }
}

function toRunner(report: Report, file: string): FleetRunner {
  const identity = report.runner as RunnerIdentity | undefined
  const metric = (id: string): number | undefined => {
    const value = report.metrics?.find(m => m.id === id)?.value
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined
  }
  // A report read from a file may miss any field: every read below is optional.
  const timer = findCheck(report.checks, 'timer')?.details
  const loop = timer?.loops?.[0]
  const install = findCheck(report.checks, 'go-install')?.details
  const p99Metric = report.metrics?.find(m => m.id === 'wake-p99')
  // A report is user data: every field the summary prints becomes a string here.
  const runnerName = text(identity?.name) ?? text(identity?.hostname) ?? file
  const matrix =
    typeof identity?.matrix === 'object' &&
    identity.matrix !== null &&
    !Array.isArray(identity.matrix)
      ? identity.matrix
      : undefined
  const matrixText = matrix === undefined ? '' : describeMatrix(matrix)
  const os =
    text(identity?.os) ??
    text(report.environment?.runner?.os) ??
    text(report.platform?.os) ??
    'unknown'
  const imageOS = text(identity?.imageOS) ?? text(report.environment?.runner?.imageOS)
  const imageVersion =
    text(identity?.imageVersion) ?? text(report.environment?.runner?.imageVersion)
  const throttled =
    timer?.cpu?.throttledPct ??
    (report.platform?.os === 'linux' && timer?.cpu !== undefined && timer.cpu.quota === undefined
      ? 0
      : undefined)
  return {
    key:
      matrix === undefined
        ? runnerName
        : `${text(identity?.job) ?? ''} ${JSON.stringify(sortKeys(matrix))}`.trim(),
    name: matrixText === '' ? runnerName : `${runnerName} (${matrixText})`,
    file,
    os,
    image:
      imageOS === undefined ? undefined : `${imageOS}${imageVersion ? ` ${imageVersion}` : ''}`,
    environment: text(report.environment?.class) ?? 'unknown',
    verdict: report.verdict,
    reasons: Array.isArray(report.reasons) ? report.reasons.map(String) : [],
    checks: Object.fromEntries(
      report.checks.filter(c => STATUSES.includes(c?.status)).map(c => [String(c.id), c.status])
    ),
    wakeP50Us: finite(loop?.aggregate?.median),
    wakeP99Us: metric('wake-p99'),
    wakeP99TrialsUs: (p99Metric?.trials ?? []).filter(Number.isFinite),
    sleepDeviationPct: metric('sleep-deviation-pct'),
    throttledPct: finite(throttled),
    goVersion: text(install?.goVersion) ?? text(timer?.goProbe?.goVersion),
    startedAt: String(report.startedAt ?? ''),
    runId: text(identity?.runId),
    runAttempt: text(identity?.runAttempt)
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** `os=windows-latest, go=1.22`: scalars as they are, objects as compact JSON. */
export function describeMatrix(matrix: Record<string, unknown>): string {
  return Object.entries(matrix)
    .map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(', ')
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
