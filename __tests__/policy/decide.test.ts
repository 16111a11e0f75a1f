import { describe, expect, it } from '@jest/globals'
import {
  decide,
  defaultThresholds,
  loadThresholds,
  shouldFailStep
} from '../../src/policy/index.js'
import type { DecideArgs } from '../../src/policy/index.js'
import type { CheckResult, EnvironmentClass, MeasuredMetric } from '../../src/report/types.js'

// Synthetic trial data (hand-built), shaped like the timer check's metrics.
function metric(
  id: string,
  unit: MeasuredMetric['unit'],
  trials: number[],
  value = Math.max(...trials)
): MeasuredMetric {
  return { id, unit, trials, value, aggregation: 'synthetic', source: 'test' }
}

/** Idle 2-vCPU VM: p99 ~150-170 us, but one trial caught a 9 ms hiccup; one sleep ran long. */
const NOISY_HEALTHY: MeasuredMetric[] = [
  metric('wake-p99', 'us', [156, 171, 9200, 149, 160]),
  metric('sleep-deviation-pct', '%', [0.3, 0.5, 24, 0.4, 0.2]),
  metric('cpu-throttled-pct', '%', [0, 0, 0, 0, 0])
]

/** A pod capped at 0.2 CPU next to a busy neighbour: most wake-ups wait for the next CFS period. */
const THROTTLED: MeasuredMetric[] = [
  metric('wake-p99', 'us', [38_000, 52_000, 800, 61_000, 45_000]),
  metric('sleep-deviation-pct', '%', [31, 44, 12, 58, 39]),
  metric('cpu-throttled-pct', '%', [96, 98, 91, 99, 97])
]

function check(
  id: CheckResult['id'],
  status: CheckResult['status'],
  summary: string,
  severities: Array<'error' | 'warning' | 'notice'> = []
): CheckResult {
  return {
    id,
    title: id,
    status,
    summary,
    findings: severities.map((severity, index) => ({
      id: `${id}.${index}`,
      severity,
      title: 't',
      message: 'm'
    }))
  }
}

function run(
  overrides: Partial<DecideArgs> & { environment: EnvironmentClass }
): ReturnType<typeof decide> {
  return decide({
    table: defaultThresholds(),
    metrics: [],
    checks: [],
    mode: 'enforce',
    failOn: 'error',
    ...overrides
  })
}

describe('robust metric decisions', () => {
  it.each(['physical', 'vm', 'container', 'kubernetes', 'serverless'] as const)(
    'noisy but healthy data passes in the %s row',
    environment => {
      const metrics =
        environment === 'physical'
          ? NOISY_HEALTHY.map(m =>
              m.id === 'sleep-deviation-pct' ? metric(m.id, '%', [0.3, 0.5, 4, 0.4, 0.2]) : m
            )
          : NOISY_HEALTHY
      const decision = run({ environment, metrics })
      expect(decision.breaches).toEqual([])
      expect(decision.verdict).toBe('pass')
      expect(decision.suspicious).toBe(false)
      // Only the gap is a reason: this data set has no timer-resolution figure.
      expect(decision.reasons).toEqual([
        'timer-resolution was not measured: its limit 16ms was not applied.'
      ])
      expect(decision.withinLimits).toContain(
        environment === 'serverless'
          ? 'wake-p99 within 10ms: 0 of the 5 trials measured over (median 160us).'
          : `wake-p99 within ${environment === 'physical' ? '2ms' : '5ms'}: 1 of the 5 trials measured over (median 160us).`
      )
    }
  )

  it.each([
    ['physical', 'pass', false, 'notice'],
    ['vm', 'warn', false, 'warning'],
    ['container', 'warn', false, 'warning'],
    ['kubernetes', 'warn', true, 'warning'],
    ['serverless', 'fail', false, 'error']
  ] as const)(
    'throttled data breaches in the %s row → %s',
    (environment, verdict, suspicious, severity) => {
      const decision = run({ environment, metrics: THROTTLED })
      expect(decision.verdict).toBe(verdict)
      expect(decision.suspicious).toBe(suspicious)
      expect(decision.breaches.map(b => b.metric)).toEqual([
        'sleep-deviation-pct',
        'wake-p99',
        'cpu-throttled-pct'
      ])
      expect(decision.breaches.every(b => b.severity === severity)).toBe(true)
    }
  )

  it('a breach records the rule and the numbers behind it, in the metric unit', () => {
    const decision = run({ environment: 'kubernetes', metrics: [THROTTLED[0]] })
    expect(decision.breaches).toEqual([
      {
        metric: 'wake-p99',
        unit: 'us',
        value: 45_000,
        limit: 5000,
        severity: 'warning',
        rule:
          'breach when more than half of the 5 trials measured exceed 5ms: 4 of 5 over ' +
          '(median 45ms; values 38ms, 52ms, 800us, 61ms, 45ms)'
      }
    ])
    expect(decision.reasons[0]).toBe(
      `wake-p99 over the kubernetes limit (on-breach: warn): ${decision.breaches[0].rule}.`
    )
  })

  it('half the trials over is not a majority', () => {
    const decision = run({
      environment: 'vm',
      metrics: [metric('wake-p99', 'us', [9000, 9000, 100, 100])]
    })
    expect(decision.breaches).toEqual([])
  })

  it('the aggregate value is ignored when trials exist; used alone when there are none', () => {
    expect(
      run({ environment: 'vm', metrics: [metric('wake-p99', 'us', [100, 120, 110], 99_000)] })
        .verdict
    ).toBe('pass')
    const single = run({
      environment: 'vm',
      metrics: [metric('timer-resolution', 'ms', [], 31.25)]
    })
    expect(single.breaches[0].rule).toMatch(
      /^breach when the single measurement exceeds 16ms: over \(31.25ms\)$/
    )
  })

  it('compares across units: a timer resolution in ms against a limit in us', () => {
    const table = loadThresholds('vm: {timer-resolution: 1500us}', '/')
    const decision = run({
      environment: 'vm',
      table,
      metrics: [metric('timer-resolution', 'ms', [15.625])]
    })
    expect(decision.breaches[0]).toMatchObject({ value: 15.625, limit: 1.5, unit: 'ms' })
    expect(decision.breaches[0].rule).toContain('exceeds 1500us: over (15.625ms)')
  })

  it('Windows default tick on a hosted runner (15.625 ms, 100 ms Sleep up to ~115 ms) passes the vm row', () => {
    const decision = run({
      environment: 'vm',
      metrics: [
        metric('timer-resolution', 'ms', [15.625]),
        metric('sleep-deviation-pct', '%', [9.4, 15.1, 3.2, 9.4, 12.5]),
        metric('wake-p99', 'us', [1650, 1720, 1580, 2900, 1610])
      ]
    })
    expect(decision.verdict).toBe('pass')
  })

  it('a metric that was not measured is not a breach, and the reasons say so', () => {
    const decision = run({ environment: 'vm', metrics: [THROTTLED[0]] })
    expect(decision.reasons).toContain(
      'timer-resolution was not measured: its limit 16ms was not applied.'
    )
    expect(decision.breaches.map(b => b.metric)).toEqual(['wake-p99'])
  })

  it('a metric turned off is neither judged nor reported as missing', () => {
    const table = loadThresholds('vm: {wake-p99: off, timer-resolution: off}', '/')
    const decision = run({ environment: 'vm', table, metrics: [THROTTLED[0]] })
    expect(decision.breaches).toEqual([])
    expect(decision.reasons.some(reason => reason.includes('wake-p99'))).toBe(false)
    expect(decision.thresholds['wake-p99']).toBe('off')
  })

  it('a metric in a unit that cannot match its limit is a warning, never a silent pass', () => {
    const decision = run({ environment: 'vm', metrics: [metric('wake-p99', '%', [1, 1, 1])] })
    expect(decision.verdict).toBe('warn')
    expect(decision.reasons[0]).toMatch(/wake-p99 was reported in %/)
  })

  it('non-finite trials are dropped; none left means not applied', () => {
    const decision = run({
      environment: 'vm',
      metrics: [metric('wake-p99', 'us', [Number.NaN], Number.NaN)]
    })
    expect(decision.reasons).toContain(
      'wake-p99 has no finite values: its limit 5ms was not applied.'
    )
  })
})

describe('check results', () => {
  it('a failed temp-dir check fails the run; a failed Defender check counts as a warning by default', () => {
    const decision = run({
      environment: 'vm',
      checks: [
        check('defender', 'fail', 'Real-time protection scans the Go build cache', ['error']),
        check('temp-dirs', 'fail', 'TEMP denies delete', ['error'])
      ]
    })
    expect(decision.verdict).toBe('fail')
    expect(decision.failStep).toBe(true)
    expect(decision.failureReasons).toEqual(['temp-dirs failed: TEMP denies delete'])
    expect(decision.reasons).toEqual([
      'temp-dirs failed: TEMP denies delete',
      'defender failed: Real-time protection scans the Go build cache (counts as warning in the vm row)',
      ...decision.reasons.slice(2)
    ])
  })

  it('row weights are configurable: defender error, temp-dirs ignore', () => {
    const table = loadThresholds('vm: {defender: error, temp-dirs: ignore}', '/')
    const decision = run({
      environment: 'vm',
      table,
      checks: [
        check('defender', 'warn', 'not excluded', ['warning']),
        check('temp-dirs', 'fail', 'broken', ['error'])
      ]
    })
    expect(decision.verdict).toBe('warn')
    expect(decision.reasons.some(reason => reason.startsWith('temp-dirs'))).toBe(false)
  })

  it('an unknown check never counts as pass: it makes the verdict warn and says why', () => {
    const decision = run({
      environment: 'vm',
      checks: [check('defender', 'unknown', 'PowerShell printed nothing (Wine stub?)')]
    })
    expect(decision.verdict).toBe('warn')
    expect(decision.reasons[0]).toBe(
      'defender could not be checked, so it does not count as pass: PowerShell printed nothing (Wine stub?)'
    )
  })

  it('an unknown check set to ignore is left out', () => {
    const table = loadThresholds('vm: {defender: ignore}', '/')
    expect(
      run({ environment: 'vm', table, checks: [check('defender', 'unknown', 'n/a')] }).verdict
    ).toBe('pass')
  })

  it('skipped and passing checks add nothing', () => {
    const decision = run({
      environment: 'vm',
      checks: [
        check('defender', 'skipped', 'not Windows'),
        check('temp-dirs', 'pass', 'all fine', ['notice'])
      ]
    })
    expect(decision.verdict).toBe('pass')
    expect(decision.reasons.every(reason => !/defender|temp-dirs/.test(reason))).toBe(true)
  })

  it('the timer check findings only annotate', () => {
    const decision = run({
      environment: 'vm',
      checks: [check('timer', 'warn', 'coarse tick', ['warning'])]
    })
    expect(decision.verdict).toBe('pass')
    expect(decision.reasons).toContain('timer warned: coarse tick (counts as notice in the vm row)')
  })
})

describe('verdict, reasons, thresholds, failStep', () => {
  it('reasons are ordered worst first', () => {
    const decision = run({
      environment: 'kubernetes',
      metrics: [THROTTLED[0], NOISY_HEALTHY[1]],
      checks: [check('temp-dirs', 'fail', 'noexec /tmp', ['error'])]
    })
    expect(decision.reasons[0]).toBe('temp-dirs failed: noexec /tmp')
    expect(decision.reasons[1]).toMatch(/^wake-p99 over the kubernetes limit/)
    expect(decision.reasons.some(reason => reason.includes('within'))).toBe(false)
    expect(decision.withinLimits).toEqual([expect.stringMatching(/^sleep-deviation-pct within 8%/)])
  })

  it('thresholds show the applied row as the user would write it', () => {
    expect(run({ environment: 'kubernetes' }).thresholds).toMatchObject({
      'sleep-deviation-pct': '8%',
      'wake-p99': '5ms',
      'on-breach': 'warn',
      suspicious: 'true',
      'temp-dirs': 'error',
      defender: 'warning'
    })
  })

  it.each([
    ['pass', 'enforce', 'error', false],
    ['warn', 'enforce', 'error', false],
    ['fail', 'enforce', 'error', true],
    ['pass', 'enforce', 'warning', false],
    ['warn', 'enforce', 'warning', true],
    ['fail', 'enforce', 'warning', true],
    ['fail', 'enforce', 'never', false],
    ['fail', 'report', 'error', false],
    ['warn', 'report', 'warning', false]
  ] as const)(
    'verdict %s, mode %s, fail-on %s → failStep %s',
    (verdict, mode, failOn, expected) => {
      expect(shouldFailStep(verdict, mode, failOn)).toBe(expected)
    }
  )

  it('fail-on warning fails the step and names the warnings, not the passing lines', () => {
    const checks = [check('defender', 'warn', 'GOCACHE is not excluded', ['warning'])]
    const decision = run({ environment: 'vm', checks, failOn: 'warning' })
    expect(decision.verdict).toBe('warn')
    expect(decision.failureReasons).toEqual(['defender warned: GOCACHE is not excluded'])
    expect(run({ environment: 'vm', checks }).failureReasons).toEqual([])
  })

  it('mode report never fails the step, even on a serverless breach', () => {
    const decision = run({ environment: 'serverless', metrics: THROTTLED, mode: 'report' })
    expect(decision.verdict).toBe('fail')
    expect(decision.failStep).toBe(false)
  })
})
