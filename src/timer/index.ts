// The timer stage: how precisely this runner wakes a sleeping thread, measured natively
// through koffi and, when Go is present, inside the Go runtime.
import { median, mean } from 'simple-statistics'
import { errorMessage } from '../errors.js'
import type { TimerInputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import { onPlatform, type Chosen } from '../platform.js'
import type { CheckResultOf, Finding } from '../checks/result.js'
import type { MeasuredMetric } from '../report/types.js'
import type { CpuContext, SleepDeviation, TimerDetails, WakeupLoop } from './types.js'
import type { GoToolchain } from '../go/types.js'
import type { TimerBackend, WakeupLoopDriver } from './backend.js'
import { cpuContextBetween, readCpuSnapshot } from './cpu-context.js'
import { openDarwinBackend } from './darwin.js'
import { runGoProbe } from './go-probe.js'
import { openLinuxBackend } from './linux.js'
import {
  DEFAULT_OUTLIER_RULE,
  aggregateTrials,
  describeOutlierRule,
  findOutliers,
  latencyStats,
  logHistogram,
  P99_MIN_SAMPLES,
  round,
  trialSpread,
  type Sample
} from './stats.js'
import { openWindowsBackend } from './windows.js'

export interface TimerMeasurement {
  check: CheckResultOf<'timer', TimerDetails>
  metrics: MeasuredMetric[]
  outputs: {
    'timer-p50-us': string
    'timer-p99-us': string
    'timer-max-us': string
    'sleep-deviation-pct': string
    'timer-resolution-ms': string
  }
}

export const SLEEP_TARGET_MS = 100
const PRIMARY_WARMUP = 10
const SECONDARY_WARMUP = 2
/** Outliers listed per loop (the largest); the note gives the full count. */
const OUTLIER_LIMIT = 100
const TITLE = 'Timer precision'

/** This platform's native timer backend, opened for `intervalUs` when it is run. */
export function chooseTimerBackend(platform: string): Chosen<(intervalUs: number) => TimerBackend> {
  return onPlatform(platform, {
    win32: () => openWindowsBackend,
    linux: () => openLinuxBackend,
    darwin: () => openDarwinBackend
  })
}

export async function measureTimers(
  inputs: TimerInputs,
  go: GoToolchain | undefined,
  ctx: RunContext
): Promise<TimerMeasurement> {
  const backend = chooseTimerBackend(ctx.platform)
  if (!backend.supported) return timerNotMeasured(backend.reason)
  return measureTimersWith(() => backend.value(inputs.intervalUs), inputs, go, ctx)
}

/** `measureTimers` with the backend given, so the orchestration can be tested with a fake one. */
export async function measureTimersWith(
  open: () => TimerBackend,
  inputs: TimerInputs,
  go: GoToolchain | undefined,
  ctx: RunContext
): Promise<TimerMeasurement> {
  const started = performance.now()
  const linux = ctx.platform === 'linux'
  const cpuBefore = linux ? readCpuSnapshot() : undefined
  let backend: TimerBackend
  try {
    backend = open()
  } catch (error) {
    return timerNotMeasured(`No native timer backend could run: ${errorMessage(error)}`, started)
  }
  let loops: WakeupLoop[]
  let sleep: SleepDeviation
  try {
    const stageStartNs = backend.nowNs()
    loops = backend.loops.map(driver => measureLoop(driver, inputs, stageStartNs))
    sleep = measureSleeps(backend, inputs.sleepSamples)
  } catch (error) {
    return timerNotMeasured(`The native timer measurement failed: ${errorMessage(error)}`, started)
  } finally {
    backend.close()
  }
  const cpu: CpuContext =
    linux && cpuBefore
      ? cpuContextBetween(cpuBefore, readCpuSnapshot())
      : { notes: ['CPU quota, throttling and steal time are read on Linux only.'] }
  const goProbe = await runGoProbe(go, inputs.goProbe, ctx)

  const notes = [...backend.notes]
  if (inputs.sleepSamples === 0)
    notes.push('sleep-samples is 0: the 100 ms sleep test did not run.')
  const primary = loops[0]
  const metrics = timerMetrics(backend, primary, sleep, cpu, notes)
  const stageMs = performance.now() - started
  const details: TimerDetails = {
    clock: { ...backend.clock },
    timerResolution: backend.timerResolution,
    timerSlackNs: backend.timerSlackNs,
    loops,
    sleep,
    cpu,
    goProbe,
    stageMs,
    notes
  }
  const findings: Finding[] = []
  if (goProbe.status === 'failed') {
    findings.push({
      id: 'timer.go-probe-failed',
      severity: 'notice',
      title: 'The Go timer probe did not run',
      message: goProbe.reason ?? 'no reason given'
    })
  }
  return {
    check: {
      id: 'timer',
      title: TITLE,
      status: 'pass',
      summary: summarize(primary, sleep, backend),
      findings,
      details,
      durationMs: stageMs
    },
    metrics,
    outputs: {
      'timer-p50-us': formatNumber(primary.aggregate.median, 1),
      'timer-p99-us': primary.aggregate.p99 === null ? '' : formatNumber(primary.aggregate.p99, 1),
      'timer-max-us': formatNumber(primary.aggregate.max, 1),
      'sleep-deviation-pct':
        sleep.samplesMs.length === 0 ? '' : formatNumber(sleepDeviations(sleep).median, 2),
      'timer-resolution-ms': String(Number(resolutionMs(backend).toPrecision(6)))
    }
  }
}

/** The timer stage could not measure: `unknown` with the reason, no metrics, empty outputs. */
export function timerNotMeasured(reason: string, started = performance.now()): TimerMeasurement {
  return {
    check: {
      id: 'timer',
      title: TITLE,
      status: 'unknown',
      summary: reason,
      findings: [],
      durationMs: performance.now() - started
    },
    metrics: [],
    outputs: {
      'timer-p50-us': '',
      'timer-p99-us': '',
      'timer-max-us': '',
      'sleep-deviation-pct': '',
      'timer-resolution-ms': ''
    }
  }
}

/** Runs one loop's trials (secondary loops: one trial within their budget) and summarizes them. */
export function measureLoop(
  driver: WakeupLoopDriver,
  inputs: Pick<TimerInputs, 'samples' | 'trials'>,
  stageStartNs: number
): WakeupLoop {
  const secondary = driver.secondaryBudgetMs !== undefined
  const trials = secondary ? 1 : inputs.trials
  const warmup = secondary ? SECONDARY_WARMUP : PRIMARY_WARMUP
  // Twice the nominal time: a loop whose wake-ups are very late still ends.
  const budgetMs =
    driver.secondaryBudgetMs ?? Math.max(100, (2 * inputs.samples * driver.intervalUs) / 1000)
  const latencies = new Float64Array(inputs.samples)
  const wakeNs = new Float64Array(inputs.samples)
  const trialStats = []
  const samples: Sample[] = []
  const pooled: number[] = []
  const shortTrials: string[] = []
  for (let trial = 1; trial <= trials; trial++) {
    const count = driver.run(inputs.samples, warmup, budgetMs, latencies, wakeNs)
    if (count === 0) throw new Error(`${driver.backend} recorded no wake-up`)
    if (count < inputs.samples) shortTrials.push(`trial ${trial}: ${count}`)
    const values = latencies.subarray(0, count)
    trialStats.push(latencyStats(values))
    for (let index = 0; index < count; index++) {
      pooled.push(values[index])
      samples.push({
        trial,
        index,
        offsetMs: round((wakeNs[index] - stageStartNs) / 1e6, 3),
        valueUs: values[index]
      })
    }
  }
  const overall = latencyStats(pooled)
  const { outliers, total } = findOutliers(
    driver.backend,
    samples,
    DEFAULT_OUTLIER_RULE,
    overall.median,
    overall.madScaled,
    OUTLIER_LIMIT
  )
  const noteParts = driver.note ? [driver.note] : []
  if (shortTrials.length > 0 && !secondary) {
    noteParts.push(
      `Stopped by the ${round(budgetMs, 0)} ms budget before ${inputs.samples} samples (${shortTrials.join(', ')}).`
    )
  }
  if (total > outliers.length)
    noteParts.push(`${total} outliers; the ${outliers.length} largest are listed.`)
  return {
    backend: driver.backend,
    intervalUs: driver.intervalUs,
    trials: trialStats,
    aggregate: aggregateTrials(trialStats, pooled),
    trialSpread: trialSpread(trialStats),
    histogram: logHistogram(pooled),
    outliers,
    outlierRule: describeOutlierRule(DEFAULT_OUTLIER_RULE, overall.median, overall.madScaled),
    ...(noteParts.length > 0 ? { note: noteParts.join(' ') } : {})
  }
}

export function measureSleeps(
  backend: Pick<TimerBackend, 'sleepMs'>,
  count: number
): SleepDeviation {
  const samplesMs: number[] = []
  for (let i = 0; i < count; i++) samplesMs.push(round(backend.sleepMs(SLEEP_TARGET_MS), 4))
  return summarizeSleeps(samplesMs)
}

/** Mean and worst (largest in magnitude, sign kept) relative deviation; NaN (null in JSON) with no sleeps. */
export function summarizeSleeps(samplesMs: number[]): SleepDeviation {
  const deviations = samplesMs.map(ms => (100 * (ms - SLEEP_TARGET_MS)) / SLEEP_TARGET_MS)
  const worst = deviations.reduce((w, d) => (Math.abs(d) > Math.abs(w) ? d : w), 0)
  return {
    targetMs: SLEEP_TARGET_MS,
    samplesMs,
    meanPct: deviations.length > 0 ? mean(deviations) : NaN,
    worstPct: deviations.length > 0 ? worst : NaN
  }
}

function sleepDeviations(sleep: SleepDeviation): { values: number[]; median: number } {
  const values = sleep.samplesMs.map(ms => round((100 * (ms - sleep.targetMs)) / sleep.targetMs, 4))
  return { values, median: median(values) }
}

function resolutionMs(backend: TimerBackend): number {
  return backend.timerResolution?.currentMs ?? backend.clock.resolutionNs / 1e6
}

function timerMetrics(
  backend: TimerBackend,
  primary: WakeupLoop,
  sleep: SleepDeviation,
  cpu: CpuContext,
  notes: string[]
): MeasuredMetric[] {
  const metrics: MeasuredMetric[] = []
  if (sleep.samplesMs.length > 0) {
    const deviations = sleepDeviations(sleep)
    metrics.push({
      id: 'sleep-deviation-pct',
      unit: '%',
      value: deviations.median,
      trials: deviations.values,
      aggregation: `median of ${deviations.values.length} sleeps of ${sleep.targetMs} ms`,
      source: backend.sleepSource
    })
  }
  const wakeP99 = wakeP99Metric(primary)
  if (wakeP99 !== undefined) metrics.push(wakeP99)
  else {
    notes.push(
      `${primary.aggregate.count} wake-ups cannot support a p99 (${P99_MIN_SAMPLES} needed): wake-p99 not measured.`
    )
  }
  const resolution = resolutionMs(backend)
  metrics.push({
    id: 'timer-resolution',
    unit: 'ms',
    value: resolution,
    trials: [resolution],
    aggregation: backend.timerResolution
      ? 'NtQueryTimerResolution current value'
      : `${backend.clock.name} resolution`,
    source: backend.timerResolution ? 'windows-NtQueryTimerResolution' : backend.clock.name
  })
  if (cpu.quota !== undefined && cpu.throttledPct !== undefined) {
    metrics.push({
      id: 'cpu-throttled-pct',
      unit: '%',
      value: cpu.throttledPct,
      trials: [cpu.throttledPct],
      aggregation: 'throttled CFS periods / all periods during the timer stage',
      source: 'cgroup cpu.stat'
    })
  }
  return metrics
}

/**
 * wake-p99 over the trials that measured one: a trial that ended short of the samples a p99
 * needs is named and left out, so "more than half of the trials" counts trials really measured.
 * Only when no trial has its own p99 does the metric fall back to one p99 of the pooled samples,
 * and it then says so and carries no trials (the policy judges it as a single measurement).
 */
export function wakeP99Metric(primary: WakeupLoop): MeasuredMetric | undefined {
  const measured = primary.trials.flatMap(t => (t.p99 === null ? [] : [t.p99]))
  const short = primary.trials
    .map((t, index) => ({ trial: index + 1, count: t.count, p99: t.p99 }))
    .filter(t => t.p99 === null)
    .map(t => `trial ${t.trial}: ${t.count} samples`)
  const shortText = `fewer than the ${P99_MIN_SAMPLES} samples a p99 needs (${short.join(', ')})`
  if (measured.length > 0) {
    const left =
      short.length > 0
        ? `; ${short.length} of ${primary.trials.length} trials ended with ${shortText} and are not counted`
        : ''
    return {
      id: 'wake-p99',
      unit: 'us',
      value: median(measured),
      trials: measured,
      aggregation: `median of ${measured.length} trials' p99${left}`,
      source: primary.backend
    }
  }
  if (primary.aggregate.p99 === null) return undefined
  return {
    id: 'wake-p99',
    unit: 'us',
    value: primary.aggregate.p99,
    trials: [],
    aggregation:
      `one p99 of all ${primary.aggregate.count} samples pooled from ${primary.trials.length} ` +
      `trials, none of which measured its own p99: every trial ended with ${shortText}`,
    source: primary.backend
  }
}

function summarize(primary: WakeupLoop, sleep: SleepDeviation, backend: TimerBackend): string {
  const a = primary.aggregate
  const parts = [
    `wake-up p50 ${formatNumber(a.median, 0)} us, p99 ${a.p99 === null ? 'n/a' : `${formatNumber(a.p99, 0)} us`}` +
      ` (${primary.backend}, ${formatNumber(primary.intervalUs / 1000, 3)} ms interval)`
  ]
  if (sleep.samplesMs.length > 0) {
    parts.push(`${sleep.targetMs} ms sleep ${formatSigned(sleepDeviations(sleep).median)}%`)
  }
  parts.push(
    backend.timerResolution
      ? `timer resolution ${formatNumber(backend.timerResolution.currentMs, 3)} ms`
      : `clock resolution ${formatNumber(backend.clock.resolutionNs, 0)} ns`
  )
  const text = parts.join('; ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function formatNumber(value: number, digits: number): string {
  return String(round(value, digits))
}

function formatSigned(value: number): string {
  return `${value >= 0 ? '+' : ''}${formatNumber(value, 2)}`
}
