// Annotation selection: ranking, GitHub's 10-per-level limit, outlier kinds, endangered lines.
import { describe, expect, it } from '@jest/globals'
import { ANNOTATIONS_PER_LEVEL, selectAnnotations } from '../src/report/annotations.js'
import type { EndangeredTestsDetails, Report } from '../src/report/types.js'
import { sampleReport } from './report-sample.js'

describe('selectAnnotations', () => {
  it('ranks errors first, the verdict on top, then by check importance', () => {
    const annotations = selectAnnotations(sampleReport())
    expect(annotations.map(a => [a.level, a.title])).toEqual([
      ['error', 'Go test preflight: fail (vm), step failed'],
      ['error', 'Temp dir cannot run executables'],
      ['error', 'Wake-ups are late'],
      ['warning', 'GOCACHE is scanned'],
      ['warning', 'Timer jitter on windows-high-resolution-timer: 2 outliers in bursts'],
      ['warning', 'Timer jitter on windows-high-resolution-timer: 1 isolated spikes'],
      ['warning', 'Timing-sensitive wait'],
      ['warning', 'Timing-sensitive wait']
    ])
  })

  it('gives one annotation per outlier kind with worst values, when, and backend', () => {
    const burst = selectAnnotations(sampleReport()).find(a => a.title.includes('bursts'))!
    expect(burst.message).toBe(
      '2 wake-ups on windows-high-resolution-timer (interval 1 ms) were bursts (outliers within 100 ms of each other); ' +
        'p99 was 1.8 ms. Worst: 6.9 ms at 0.12 s (trial 1), 4.1 ms at 0.15 s (trial 1) into the timer stage. ' +
        'Rule: above median + 10 × scaled MAD.'
    )
  })

  it('puts endangered tests at their file, line and column, shortest wait first', () => {
    const hits = selectAnnotations(sampleReport()).filter(a => a.file !== undefined)
    expect(hits.map(a => [a.file, a.line, a.column])).toEqual([
      ['pkg/worker_test.go', 31, 2],
      ['pkg/a|b_test.go', 9, 3]
    ])
    expect(hits[0].message).toMatch(
      /^time\.Sleep waits 50 us; this runner's p99 wake-up latency is 1\.8 ms/
    )
  })

  it('keeps at most 10 per level and summarises the rest in the tenth', () => {
    const report: Report = sampleReport()
    const check = report.checks.find(c => c.id === 'endangered-tests')!
    const details = check.details as EndangeredTestsDetails
    details.hits = Array.from({ length: 25 }, (_, i) => ({
      file: `p/x${i}_test.go`,
      line: i + 1,
      column: 1,
      call: 'time.Sleep',
      durationUs: 1000 - i,
      expression: `${1000 - i} * time.Microsecond`
    }))
    check.findings = details.hits.map(hit => ({
      id: 'endangered.short-wait',
      severity: 'warning' as const,
      title: 'Timing-sensitive wait',
      message: `waits ${hit.durationUs} us`,
      file: hit.file,
      line: hit.line
    }))
    const warnings = selectAnnotations(report).filter(a => a.level === 'warning')
    expect(warnings).toHaveLength(ANNOTATIONS_PER_LEVEL)
    // Defender (1) and timer outliers (2) outrank the endangered waits; the shortest waits come next.
    expect(warnings.slice(3, 9).map(a => a.line)).toEqual([25, 24, 23, 22, 21, 20])
    const overflow = warnings[9]
    expect(overflow.title).toBe('19 more warnings in the job summary')
    expect(overflow.file).toBeUndefined()
    expect(overflow.message).toContain('Timing-sensitive wait (19×)')
  })

  it('emits no verdict annotation when the run passes', () => {
    const report = sampleReport()
    report.verdict = 'pass'
    report.decision.failStep = false
    expect(selectAnnotations(report).some(a => a.title.startsWith('Go test preflight'))).toBe(false)
  })

  it('makes the verdict annotation the failure message: an error listing failureReasons', () => {
    const report = sampleReport()
    report.verdict = 'warn'
    report.decision.failureReasons = ['defender warned: GOCACHE is not excluded']
    const verdict = selectAnnotations(report).find(a => a.title.startsWith('Go test preflight'))
    expect(verdict).toEqual({
      level: 'error',
      title: 'Go test preflight: warn (vm), step failed',
      message: 'defender warned: GOCACHE is not excluded'
    })
    report.decision.failStep = false
    const warning = selectAnnotations(report).find(a => a.title.startsWith('Go test preflight'))
    expect(warning).toMatchObject({ level: 'warning', message: report.reasons.join('\n') })
  })
})

describe('metric breaches', () => {
  const breach = {
    id: 'policy.wake-p99',
    severity: 'notice' as const,
    title: 'wake-p99 3.2ms over the limit of 2ms',
    message: 'breach when more than half of the 5 trials measured exceed 2ms'
  }

  it('are annotated on their own when the verdict passes (physical: annotate and continue)', () => {
    const report = sampleReport()
    report.verdict = 'pass'
    report.decision.failStep = false
    report.checks = [
      { id: 'timer', title: 'Timers', status: 'pass', summary: 's', findings: [breach] }
    ]
    expect(selectAnnotations(report)).toEqual([
      { level: 'notice', title: breach.title, message: breach.message }
    ])
  })

  it('are not repeated when the verdict annotation already lists them', () => {
    const report = sampleReport()
    report.checks = [
      { id: 'timer', title: 'Timers', status: 'fail', summary: 's', findings: [breach] }
    ]
    expect(selectAnnotations(report).map(a => a.title)).toEqual([
      'Go test preflight: fail (vm), step failed'
    ])
  })
})
