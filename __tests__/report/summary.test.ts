// The job summary rendered from hand-built report data (report-sample.ts). What it looks like in
// a browser is checked by report-rendered.test.ts on real runs.
import { findCheck } from '../../src/checks/catalogue.js'
import { describe, expect, it } from '@jest/globals'
import {
  renderSummary,
  SUMMARY_LIMIT_BYTES,
  SUMMARY_SECTIONS,
  type SummarySection
} from '../../src/report/summary.js'
import { escapeCell, fenced } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/types.js'
import type { Outlier } from '../../src/timer/types.js'
import { sampleReport } from '../helpers/report-sample.js'

const timerOf = (report: Report) => findCheck(report.checks, 'timer')!.details!

/** The sample with nothing wrong: what a healthy run hands the summary. */
function passingReport(): Report {
  const report = sampleReport()
  report.verdict = 'pass'
  report.reasons = []
  Object.assign(report.decision, {
    verdict: 'pass',
    reasons: [],
    breaches: [],
    failStep: false,
    failureReasons: []
  })
  report.metrics[0] = { ...report.metrics[0], value: 800, trials: [700, 900] }
  report.decision.thresholds = { ...report.decision.thresholds, 'wake-p99': '5ms' }
  for (const check of report.checks) {
    check.status = 'pass'
    check.findings = []
  }
  return report
}

describe('renderSummary', () => {
  const text = renderSummary(sampleReport())
  const lines = text.split('\n')

  it('opens with the verdict sentence, the deciding cause in plain words and the fix', () => {
    expect(lines[0]).toBe('## ❌ FAIL: Go tests will fail on this runner.')
    // Temp directories outrank timers: a test binary that cannot start fails every test.
    expect(lines[2]).toBe('**Cause:** Temp directories: Temp dir cannot run executables.')
    expect(text.indexOf('```powershell\nNew-Item')).toBeLessThan(text.indexOf('### Measured'))
    expect(text).toContain('1 more problem below.')
    expect(text).toContain('**This step fails**')
    expect(text).toContain('Judged as a **vm** runner (detected)')
  })

  it('gives a short measured-vs-limit table and one "Not checked" line', () => {
    expect(text).toContain(
      '| **wake-p99**: 1 in 100 timer wake-ups is later than this | 1.8 ms (median of 2 trials) | 1 ms | ❌ no |'
    )
    // A limit the timer did not measure is not a row: it is named once.
    expect(text).toContain('**Not checked:** sleep-deviation-pct (not measured on this runner).')
    expect(text).not.toContain('on-breach')
  })

  it('shows the checks with problems and folds the passing ones into one block', () => {
    expect(text).toContain('### ❌ Temp directories')
    expect(text).toContain('### ⚠️ Microsoft Defender')
    expect(text).toContain('<details><summary>✅ 1 passed: Go toolchain</summary>')
    expect(text).not.toContain('```json')
  })

  it('draws each trial’s p99 against the limit line, with the same numbers as a table', () => {
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(text)![1].split('\n')
    expect(chart).toContain('xychart-beta')
    expect(chart).toContain('    bar [1700, 1900]')
    expect(chart).toContain('    line [1000, 1000]')
    expect(chart).toContain('      plotColorPalette: "#3b82f6, #f97316"')
    expect(text).toContain('| 2 | 1.9 ms | 1 ms | ⚠️ |')
  })

  it('says figures with units and meanings, and names each check once', () => {
    expect(text).toContain(
      '| Windows high-resolution timer | 1 ms | 4000 | 495 us | 1.8 ms | 6.9 ms |'
    )
    expect(text).toContain('the job was paused in 8.5 % of its periods')
    expect(text).not.toMatch(/scaled MAD|Endangered tests|Timer precision/)
    expect(text).toContain('### ⚠️ Timing-sensitive tests')
  })

  it('puts a prose remedy in text, a remedy to paste in a fence', () => {
    expect(text).toContain('**Fix:** Wait for the event instead.')
    expect(text).not.toContain('```\nWait for the event')
  })

  it('offers the action input first when the remedy names one', () => {
    const report = sampleReport()
    const temp = report.checks.find(c => c.id === 'temp-dirs')!
    temp.findings[0].remedy = '# or set `fix-temp: true` on this action\n- name: Move TMP\n  run: x'
    temp.findings[0].remedyLanguage = 'yaml'
    const rendered = renderSummary(report)
    expect(rendered).toContain("**Fix:** set this action's input `fix-temp: true`:")
    expect(rendered).toContain('```yaml\nwith:\n  fix-temp: true\n```')
    expect(rendered).toContain("<details><summary>Or without this action's help</summary>")
  })

  it('keeps a healthy run to one short screen', () => {
    const rendered = renderSummary(passingReport())
    expect(rendered.split('\n')[0]).toBe('## ✅ PASS: this runner can run Go tests reliably.')
    expect(rendered).toContain('Nothing to fix.')
    expect(Buffer.byteLength(rendered)).toBeLessThan(6000)
    expect(rendered).toContain('✅ yes')
  })

  it('takes another section without touching the others', () => {
    const cache: SummarySection = () => [{ text: '### Cache\n\nrestored 12 MiB in 3 s', keep: 50 }]
    const rendered = renderSummary(sampleReport(), [...SUMMARY_SECTIONS.slice(0, -1), cache])
    expect(rendered.trimEnd().endsWith('restored 12 MiB in 3 s')).toBe(true)
  })

  it('stays under 1 MiB with 100k outliers and enormous findings', () => {
    const report = sampleReport()
    const loop = timerOf(report).loops[0]
    loop.outliers = Array.from({ length: 100_000 }, (_, i): Outlier => ({
      backend: loop.backend,
      trial: i % 5,
      index: i,
      offsetMs: i * 3,
      valueUs: 2000 + (i % 997)
    }))
    const check = report.checks.find(c => c.id === 'temp-dirs')!
    check.findings = Array.from({ length: 5000 }, (_, i) => ({
      id: `temp.f${i}`,
      severity: 'warning' as const,
      title: `finding ${i}`,
      message: 'x'.repeat(400),
      remedy: 'y'.repeat(400)
    }))
    const rendered = renderSummary(report)
    expect(Buffer.byteLength(rendered, 'utf8')).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(rendered).toContain("shortened to stay under GitHub's 1 MiB limit")
    expect(rendered.split('\n')[0]).toBe('## ❌ FAIL: Go tests will fail on this runner.')
  })
})

describe('markdown helpers', () => {
  it('escapes cells and picks a fence the text cannot close', () => {
    expect(escapeCell('a|b\nc<d>&')).toBe('a\\|b<br>c&lt;d&gt;&amp;')
    expect(fenced('yaml', 'run: echo ```x```')).toBe('````yaml\nrun: echo ```x```\n````')
  })
})
