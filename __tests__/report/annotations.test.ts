// Annotation selection: levels from the threshold row, ranking, GitHub's 10-per-level limit,
// the verdict annotation and when it is left out. Stability across real runs is checked by
// report-rendered.test.ts.
import { findCheck } from '../../src/checks/catalogue.js'
import { describe, expect, it } from '@jest/globals'
import { ANNOTATIONS_PER_LEVEL, selectAnnotations } from '../../src/report/annotations.js'
import type { Report } from '../../src/report/types.js'
import { sampleReport } from '../helpers/report-sample.js'

/** The sample with the threshold row's check weights, as the policy writes them. */
function weighed(): Report {
  const report = sampleReport()
  Object.assign(report.decision.thresholds, {
    'temp-dirs': 'error',
    defender: 'warning',
    'endangered-tests': 'notice',
    timer: 'notice'
  })
  // As applyDecision leaves it: the breach is a finding of the check that measured it.
  report.checks
    .find(c => c.id === 'timer')!
    .findings.unshift({
      id: 'policy.wake-p99',
      severity: 'error',
      title: 'wake-p99 1800us over the limit of 1000us',
      message: 'median of 2 trials p99 > limit'
    })
  return report
}

describe('selectAnnotations', () => {
  it('ranks by level, code locations first, then the verdict, then by check', () => {
    const annotations = selectAnnotations(weighed())
    expect(annotations.map(a => [a.level, a.title, a.file])).toEqual([
      ['error', 'Go test preflight: FAIL (vm runner), step failed', undefined],
      ['error', 'Temp directories: Temp dir cannot run executables', undefined],
      ['warning', 'Microsoft Defender: GOCACHE is scanned', undefined],
      // The row counts the timer's own findings and the test scan as notices: so do they.
      ['notice', 'Timing-sensitive tests: Timing-sensitive wait', 'pkg/worker_test.go'],
      ['notice', 'Timing-sensitive tests: Timing-sensitive wait', 'pkg/a|b_test.go'],
      ['notice', 'Timers: Wake-ups are late', undefined],
      ['notice', 'Timers: when the late wake-ups happened', undefined]
    ])
  })

  it('makes the verdict annotation the summary’s first lines', () => {
    const verdict = selectAnnotations(weighed())[0]
    expect(verdict.message.split('\n')).toEqual([
      'FAIL: Go tests will fail on this runner.',
      'Cause: Temp directories: Temp dir cannot run executables. (and 1 more: see the job summary)',
      'Fix: New-Item -ItemType Directory -Force D:\\go-tmp',
      '"GOTMPDIR=D:\\go-tmp" >> $env:GITHUB_ENV'
    ])
  })

  it('leaves the verdict out when it would only repeat the one finding that decided it', () => {
    const report = weighed()
    report.checks = report.checks.filter(c => c.id === 'temp-dirs')
    report.decision.breaches = []
    const annotations = selectAnnotations(report)
    expect(annotations.map(a => a.title)).toEqual([
      'Temp directories: Temp dir cannot run executables'
    ])
    expect(annotations[0].level).toBe('error')
  })

  it('says when late wake-ups happened only when wake-p99 breached', () => {
    const jitter = selectAnnotations(weighed()).find(a => a.title.includes('late wake-ups'))!
    expect(jitter.message).toMatch(/^Windows high-resolution timer: 2 late wake-ups in bursts/)
    const report = weighed()
    report.decision.breaches = []
    expect(selectAnnotations(report).some(a => a.title.includes('late wake-ups'))).toBe(false)
  })

  it('emits nothing on a run with nothing to act on', () => {
    const report = weighed()
    report.verdict = 'pass'
    report.decision.failStep = false
    report.decision.breaches = []
    for (const check of report.checks) check.findings = []
    expect(selectAnnotations(report)).toEqual([])
  })

  it('drops the findings of a check the row ignores', () => {
    const report = weighed()
    report.decision.thresholds.defender = 'ignore'
    expect(selectAnnotations(report).some(a => a.title.startsWith('Microsoft Defender'))).toBe(
      false
    )
  })

  it('puts timing-sensitive tests at their file, line and column, shortest wait first', () => {
    const hits = selectAnnotations(weighed()).filter(a => a.file !== undefined)
    expect(hits.map(a => [a.file, a.line, a.column])).toEqual([
      ['pkg/worker_test.go', 31, 2],
      ['pkg/a|b_test.go', 9, 3]
    ])
  })

  it('keeps at most 10 per level and summarises the rest in the tenth', () => {
    const report = weighed()
    report.decision.thresholds['endangered-tests'] = 'warning'
    const check = findCheck(report.checks, 'endangered-tests')!
    const details = check.details!
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
    // Code locations first, shortest wait first.
    expect(warnings.slice(0, 9).map(a => a.line)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17])
    const overflow = warnings[9]
    expect(overflow.title).toBe('17 more warnings in the job summary')
    expect(overflow.file).toBeUndefined()
    expect(overflow.message).toContain('Timing-sensitive tests: Timing-sensitive wait (16×)')
  })
})

describe('metric breaches', () => {
  const breachFinding = {
    id: 'policy.wake-p99',
    severity: 'notice' as const,
    title: 'wake-p99 3.2ms over the limit of 2ms',
    message: 'breach when more than half of the 5 trials measured exceed 2ms'
  }
  const breach = {
    metric: 'wake-p99',
    unit: 'us',
    value: 3200,
    limit: 2000,
    severity: 'notice' as const,
    rule: breachFinding.message
  }

  it('are annotated on their own when the verdict passes (on-breach: annotate)', () => {
    const report = weighed()
    report.verdict = 'pass'
    report.decision.failStep = false
    report.decision.breaches = [breach]
    report.checks = [
      { id: 'timer', title: 'Timers', status: 'pass', summary: 's', findings: [breachFinding] }
    ]
    expect(selectAnnotations(report)).toEqual([
      {
        level: 'notice',
        title: 'Timers: wake-p99 3.2ms over the limit of 2ms',
        message:
          'Timers: timer wake-ups are late: 1 in 100 is 3.2 ms or later, over the limit of 2 ms (vm runner).'
      }
    ])
  })

  it('are said by the verdict annotation when they decide it', () => {
    const report = weighed()
    report.decision.breaches = [{ ...breach, severity: 'error' }]
    report.checks = [
      { id: 'timer', title: 'Timers', status: 'fail', summary: 's', findings: [breachFinding] }
    ]
    const annotations = selectAnnotations(report)
    expect(annotations.map(a => a.title)).toEqual([
      'Go test preflight: FAIL (vm runner), step failed'
    ])
    expect(annotations[0].message).toContain('1 in 100 is 3.2 ms or later')
  })
})
