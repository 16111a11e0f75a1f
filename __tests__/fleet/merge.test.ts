// The fleet action's pure parts: reading reports, robust outliers, the baseline comparison, the
// summary and the annotations. Reports are variations of the filled-in sample report.
import { describe, expect, it } from '@jest/globals'
import { extractRunner } from '../../src/fleet/extract.js'
import { compareWithBaseline, parseBaseline } from '../../src/fleet/baseline.js'
import { mergeFleet, type ReportFile } from '../../src/fleet/merge.js'
import {
  findStandOuts,
  OUTLIER_DISTANCE,
  SINGLE_TRIAL_P99_NOISE
} from '../../src/fleet/outliers.js'
import { fleetAnnotations, renderFleetSummary } from '../../src/fleet/render.js'
import type { FleetRunner } from '../../src/fleet/types.js'
import type { CheckStatus, Report, Verdict } from '../../src/report/types.js'
import { sampleReport } from '../helpers/report-sample.js'

interface Variant {
  name: string
  p99Trials?: number[]
  verdict?: Verdict
  statuses?: Record<string, CheckStatus>
  matrix?: Record<string, unknown>
  attempt?: string
  throttledPct?: number
}

function report(variant: Variant): Report {
  const base = sampleReport()
  const trials = variant.p99Trials ?? [150, 160]
  const p99 = [...trials].sort((a, b) => a - b)[trials.length >> 1]
  const verdict = variant.verdict ?? 'pass'
  return {
    ...base,
    verdict,
    reasons: verdict === 'pass' ? [] : [`${variant.name} is ${verdict}`],
    runner: {
      ...base.runner!,
      name: variant.name,
      matrix: variant.matrix,
      runAttempt: variant.attempt ?? '1'
    },
    metrics: base.metrics.map(m => (m.id === 'wake-p99' ? { ...m, value: p99, trials } : m)),
    checks: base.checks.map(check => {
      const status = variant.statuses?.[check.id] ?? 'pass'
      if (check.id !== 'timer') return { ...check, status }
      const details = check.details!
      return {
        ...check,
        status,
        details: { ...details, cpu: { ...details.cpu, throttledPct: variant.throttledPct ?? 0 } }
      }
    })
  }
}

const file = (variant: Variant): ReportFile => ({
  file: `${variant.name}.json`,
  text: JSON.stringify(report(variant))
})

function runner(variant: Variant): FleetRunner {
  const extracted = extractRunner(JSON.stringify(report(variant)), `${variant.name}.json`)
  if (!('runner' in extracted)) throw new Error(extracted.reason)
  return extracted.runner
}

const healthy = ['a', 'b', 'c', 'd'].map((name, i) => ({
  name,
  p99Trials: [150 + i * 7, 165 + i * 5]
}))
const merge = (files: ReportFile[], extra: Partial<Parameters<typeof mergeFleet>[0]> = {}) =>
  mergeFleet({ files, failOn: 'error', version: '0.1.0', now: new Date(0), ...extra })

describe('extractRunner', () => {
  it('takes a row per runner from a report: identity, figures, check statuses', () => {
    const row = runner({ name: 'pool-1', p99Trials: [1700, 1900], matrix: { os: 'win', go: 1.22 } })
    expect(row).toMatchObject({
      name: 'pool-1 (os=win, go=1.22)',
      key: 'test {"go":1.22,"os":"win"}',
      os: 'Windows',
      image: 'win22 20250601.1',
      environment: 'vm',
      verdict: 'pass',
      wakeP50Us: 495,
      wakeP99Us: 1900,
      wakeP99TrialsUs: [1700, 1900],
      throttledPct: 0,
      goVersion: 'go1.22.5'
    })
    expect(row.checks['temp-dirs']).toBe('pass')
  })

  it('says in one line why a file is not a report', () => {
    const reason = (text: string) => {
      const extracted = extractRunner(text, 'x.json')
      return 'reason' in extracted ? extracted.reason : 'accepted'
    }
    expect(reason('{"verdict": "pass",')).toMatch(/^not JSON \(/)
    expect(reason('{"name": "left-pad", "version": "1.3.0"}')).toBe(
      'not a go-win-preflight report: no tool.name "go-win-preflight"'
    )
    expect(reason(JSON.stringify({ ...sampleReport(), schemaVersion: 2 }))).toBe(
      'report schemaVersion 2: this fleet action reads version 1'
    )
    const fleet = merge([file({ name: 'a' })])
    expect(reason(JSON.stringify(fleet))).toMatch(/^a fleet report, not a runner report/)
    expect(reason('[1, 2]')).toBe('not a go-win-preflight report: expected a JSON object')
  })

  it('prints only strings from a report: other types fall back, a null check is skipped', () => {
    const odd = JSON.parse(JSON.stringify(report({ name: 'x' })))
    odd.runner.name = 42
    odd.runner.matrix = 'os=linux'
    const extracted = extractRunner(JSON.stringify(odd), 'odd.json')
    expect('runner' in extracted && [extracted.runner.name, extracted.runner.key]).toEqual([
      'BUILD-POOL-07',
      'BUILD-POOL-07'
    ])
    odd.checks.push(null)
    const merged = extractRunner(JSON.stringify(odd), 'odd.json')
    expect('runner' in merged && Object.keys(merged.runner.checks)).toHaveLength(5)
  })

  it('keys a runner without identity (an older report) by its file', () => {
    const older: Partial<Report> = sampleReport()
    delete older.runner
    const extracted = extractRunner(JSON.stringify(older), 'old/report.json')
    expect('runner' in extracted && extracted.runner.key).toBe('old/report.json')
  })
})

describe('findStandOuts', () => {
  it('names the throttled runner among healthy ones, by MADs from the fleet median', () => {
    const runners = [
      ...healthy.map(runner),
      runner({ name: 'throttled', p99Trials: [38_000, 52_000], throttledPct: 60 })
    ]
    const { standOut } = findStandOuts(runners)
    expect(new Set(standOut.map(s => s.name))).toEqual(new Set(['throttled']))
    const p99 = standOut.find(s => s.what === 'wakeP99Us')
    expect(p99?.distance).toBeGreaterThan(OUTLIER_DISTANCE)
    expect(p99?.message).toMatch(/^wake-up p99 52 ms is [\d.]+ MADs above the fleet median 175 us$/)
    expect(standOut.map(s => s.what)).toContain('throttledPct')
  })

  it('with MAD 0 uses the run-to-run noise as the scale: small differences do not count', () => {
    const same = ['a', 'b', 'c', 'd'].map(name => runner({ name, p99Trials: [100] }))
    const slightly = runner({ name: 'slightly', p99Trials: [130] })
    const result = findStandOuts([...same, slightly])
    expect(result.standOut).toEqual([])
    expect(result.notes.join('\n')).toMatch(
      /wake-up p99: fleet median 100 us, scaled MAD 0 us is below the run-to-run noise 35 us/
    )
    expect(SINGLE_TRIAL_P99_NOISE).toBe(0.35)
    const far = runner({ name: 'far', p99Trials: [1000] })
    expect(findStandOuts([...same, far]).standOut.map(s => s.name)).toEqual(['far'])
  })

  it('with fewer than 3 runners compares no figure, and says so', () => {
    const result = findStandOuts([
      runner({ name: 'a' }),
      runner({ name: 'b', p99Trials: [90_000] })
    ])
    expect(result.standOut.filter(s => s.what === 'wakeP99Us')).toEqual([])
    expect(result.notes.join('\n')).toMatch(
      /wake-up p99: 2 runner\(s\) report it, too few for a fleet median \(3 needed\)/
    )
  })

  it('names a runner whose check fails where it passes on most others', () => {
    const runners = [
      ...healthy.map(runner),
      runner({ name: 'noexec', verdict: 'fail', statuses: { 'temp-dirs': 'fail' } })
    ]
    const { standOut } = findStandOuts(runners)
    expect(standOut).toEqual([
      expect.objectContaining({
        name: 'noexec',
        what: 'check:temp-dirs',
        message: 'temp-dirs fails here and passes on 4 of 5 runners'
      })
    ])
  })
})

describe('mergeFleet', () => {
  it('the worst verdict, failing runners most severe first, fail-on, rejected files', () => {
    const fleet = merge([
      ...healthy.map(file),
      file({ name: 'slow', verdict: 'fail', p99Trials: [9000, 9100], statuses: { timer: 'fail' } }),
      file({ name: 'noexec', verdict: 'fail', statuses: { 'temp-dirs': 'fail' } }),
      file({ name: 'warned', verdict: 'warn', statuses: { defender: 'warn' } }),
      { file: 'broken.json', text: '{"tool": ' },
      { file: 'huge.json', unreadable: 'larger than 4194304 bytes: not a report' }
    ])
    expect(fleet.verdict).toBe('fail')
    expect(fleet.failStep).toBe(true)
    // temp-dirs blocks go test outright: more severe than a slow timer.
    expect(fleet.failingRunners).toEqual(['noexec', 'slow'])
    expect(fleet.runners.map(r => r.name).slice(0, 3)).toEqual(['noexec', 'slow', 'warned'])
    expect(fleet.rejected.map(r => r.file)).toEqual(['broken.json', 'huge.json'])
    expect(merge([file({ name: 'w', verdict: 'warn' })]).failStep).toBe(false)
    expect(merge([file({ name: 'w', verdict: 'warn' })], { failOn: 'warning' }).failStep).toBe(true)
    expect(merge([file({ name: 'f', verdict: 'fail' })], { failOn: 'never' }).failStep).toBe(false)
  })

  it('keeps the latest attempt of a runner that reported twice', () => {
    const fleet = merge([
      file({ name: 'a', attempt: '2', verdict: 'pass' }),
      { ...file({ name: 'a', attempt: '1', verdict: 'fail' }), file: 'a-attempt1.json' }
    ])
    expect(fleet.runners).toHaveLength(1)
    expect(fleet.runners[0].verdict).toBe('pass')
    expect(fleet.notes[0]).toMatch(
      /^a: reports a.json and a-attempt1.json; the later one \(a.json\) is used\.$/
    )
  })
})

describe('baseline', () => {
  const before = merge([...healthy.map(file), file({ name: 'noexec' })])

  it('the merged report is itself a valid baseline', () => {
    expect('baseline' in parseBaseline(JSON.stringify(before))).toBe(true)
    expect(parseBaseline('{"kind": "x"}')).toEqual({
      reason:
        'not a fleet report: expected the JSON of output fleet-report (kind "go-win-preflight-fleet")'
    })
  })

  it('reports new failures, p99 regressions beyond the trials’ spread, new and gone runners', () => {
    const now = [
      runner({ name: 'a', p99Trials: [900, 1000] }),
      // Within the noise: b's p99 170 ± 6.5 us then, 190 ± 15 us now.
      runner({ name: 'b', p99Trials: [160, 190] }),
      runner({ name: 'c', p99Trials: [164, 175] }),
      runner({ name: 'noexec', verdict: 'fail', statuses: { 'temp-dirs': 'fail' } }),
      runner({ name: 'new' })
    ]
    const changes = compareWithBaseline(now, before)
    expect(changes.map(c => [c.name, c.kind])).toEqual([
      ['noexec', 'new-failure'],
      ['a', 'p99-regression'],
      ['new', 'new-runner'],
      ['d', 'gone']
    ])
    expect(changes[0].message).toBe('verdict pass → fail; newly failing: temp-dirs')
    expect(changes[1].message).toMatch(
      /^wake-up p99 165 us → 1 ms, beyond the run-to-run noise of ±57.5 us$/
    )
  })

  it('a broken baseline is one note, and the fleet is still judged', () => {
    const fleet = merge([file({ name: 'a' })], {
      baseline: { file: 'prev.json', text: 'not json' }
    })
    expect(fleet.baseline).toBeUndefined()
    expect(fleet.notes).toEqual([
      expect.stringMatching(/^Input 'baseline' \(prev.json\): not JSON \(.+\); no comparison\.$/)
    ])
    expect(fleet.verdict).toBe('pass')
  })
})

describe('summary and annotations', () => {
  it('one row per runner, a p99 chart with a table fallback, escaped names', () => {
    const fleet = merge([
      ...healthy.map(file),
      file({ name: 'pipe|name', verdict: 'fail', statuses: { 'temp-dirs': 'fail' } })
    ])
    const summary = renderFleetSummary(fleet)
    expect(summary).toContain('## go-win-preflight fleet: FAIL')
    expect(summary).toContain(
      '| pipe\\|name | Windows / win22 20250601.1 | vm | **fail** | 495 us | 160 us | — | 0 % | fail | pass | go1.22.5 |'
    )
    expect(summary).toMatch(/```mermaid\nxychart-beta\n[\s\S]*bar \[/)
    expect(summary).toContain('| Runner | Wake-up p99 | Trials’ p99 |')
    expect(summary).toContain('- **pipe|name**: temp-dirs fails here and passes on 4 of 5 runners')
  })

  it('fail-on: warning without a failing runner: one error says why the step fails', () => {
    const fleet = merge([file({ name: 'a' }), file({ name: 'w', verdict: 'warn' })], {
      failOn: 'warning'
    })
    const errors = fleetAnnotations(fleet).filter(a => a.level === 'error')
    expect(errors).toEqual([
      { level: 'error', title: 'Fleet: warn, step failed (fail-on: warning)', message: 'w: warn' }
    ])
  })

  it('an error per failing runner, most severe first, 10 at most', () => {
    const failing = Array.from({ length: 25 }, (_, i) =>
      file({ name: `r${String(i).padStart(2, '0')}`, verdict: 'fail', p99Trials: [1000 + i] })
    )
    const annotations = fleetAnnotations(merge(failing))
    const errors = annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[0].title).toBe('Runner r24: fail (vm)')
    expect(errors[9].title).toBe('16 more failing runners in the fleet summary')
  })
})
