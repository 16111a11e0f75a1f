// Pure: a previous fleet report (input `baseline`) read back, and what changed per runner since.
import { errorMessage } from '../errors.js'
import { formatUs } from '../report/format.js'
import { halfRange, SINGLE_TRIAL_P99_NOISE } from './outliers.js'
import {
  FLEET_KIND,
  FLEET_SCHEMA_VERSION,
  type FleetReport,
  type FleetRunner,
  type RunnerChange
} from './types.js'

export function parseBaseline(text: string): { baseline: FleetReport } | { reason: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { reason: `not JSON (${errorMessage(error)})` }
  }
  const fleet = value as Partial<FleetReport> | null
  if (typeof fleet !== 'object' || fleet === null || fleet.kind !== FLEET_KIND)
    return {
      reason: `not a fleet report: expected the JSON of output fleet-report (kind "${FLEET_KIND}")`
    }
  if (fleet.schemaVersion !== FLEET_SCHEMA_VERSION)
    return {
      reason: `fleet report schemaVersion ${JSON.stringify(fleet.schemaVersion)}: this action reads version ${FLEET_SCHEMA_VERSION}`
    }
  const runners = fleet.runners
  if (
    !Array.isArray(runners) ||
    !runners.every(
      r =>
        typeof r?.key === 'string' &&
        typeof r.verdict === 'string' &&
        Array.isArray(r.wakeP99TrialsUs)
    )
  )
    return { reason: 'a fleet report whose runners lack key, verdict or wakeP99TrialsUs' }
  return { baseline: fleet as FleetReport }
}

/**
 * Half the width of the band a runner's p99 lies in from run to run: half its trials' p99 range,
 * or, from a single trial, SINGLE_TRIAL_P99_NOISE of the p99.
 */
export function p99Uncertainty(runner: FleetRunner): number {
  const p99 = runner.wakeP99Us ?? 0
  return runner.wakeP99TrialsUs.length >= 2
    ? halfRange(runner.wakeP99TrialsUs)
    : p99 * SINGLE_TRIAL_P99_NOISE
}

const failed = (runner: FleetRunner): string[] =>
  Object.keys(runner.checks).filter(id => runner.checks[id] === 'fail')

export function compareWithBaseline(
  runners: readonly FleetRunner[],
  baseline: FleetReport
): RunnerChange[] {
  const before = new Map(baseline.runners.map(r => [r.key, r]))
  const changes: RunnerChange[] = []
  for (const now of runners) {
    const then = before.get(now.key)
    const change = (kind: RunnerChange['kind'], message: string) =>
      changes.push({ key: now.key, name: now.name, kind, message })
    if (then === undefined) {
      change('new-runner', `not in the baseline; verdict ${now.verdict}`)
      continue
    }
    const newlyFailed = failed(now).filter(id => then.checks?.[id] !== 'fail')
    if (now.verdict === 'fail' && then.verdict !== 'fail')
      change(
        'new-failure',
        `verdict ${then.verdict} → fail` +
          (newlyFailed.length > 0 ? `; newly failing: ${newlyFailed.join(', ')}` : '')
      )
    else if (newlyFailed.length > 0)
      change('new-failure', `newly failing: ${newlyFailed.join(', ')}`)
    else if (then.verdict === 'fail' && now.verdict !== 'fail')
      change('fixed', `verdict fail → ${now.verdict}`)
    if (now.wakeP99Us !== undefined && then.wakeP99Us !== undefined) {
      // The bands the two p99s lie in from run to run must not overlap.
      const noise = p99Uncertainty(now) + p99Uncertainty(then)
      const delta = now.wakeP99Us - then.wakeP99Us
      const figures = `${formatUs(then.wakeP99Us)} → ${formatUs(now.wakeP99Us)}, beyond the run-to-run noise of ±${formatUs(noise)}`
      if (delta > noise) change('p99-regression', `wake-up p99 ${figures}`)
      else if (-delta > noise) change('p99-improvement', `wake-up p99 ${figures}`)
    }
  }
  const present = new Set(runners.map(r => r.key))
  for (const then of baseline.runners)
    if (!present.has(then.key))
      changes.push({
        key: then.key,
        name: then.name,
        kind: 'gone',
        message: 'in the baseline, no report this time'
      })
  const order: RunnerChange['kind'][] = [
    'new-failure',
    'p99-regression',
    'new-runner',
    'gone',
    'fixed',
    'p99-improvement'
  ]
  return changes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
}
