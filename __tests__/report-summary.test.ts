// The job summary rendered from hand-built report data (report-sample.ts).
import { describe, expect, it } from '@jest/globals'
import { mergeBins, renderSummary, SUMMARY_LIMIT_BYTES } from '../src/report/summary.js'
import { escapeCell, fenced } from '../src/report/markdown.js'
import type { Outlier, Report, TimerDetails } from '../src/report/types.js'
import { sampleReport } from './report-sample.js'

const timerOf = (report: Report) =>
  report.checks.find(c => c.id === 'timer')!.details as TimerDetails

describe('renderSummary', () => {
  const text = renderSummary(sampleReport())

  it('opens with the verdict, the environment and the threshold row that applied', () => {
    expect(text.split('\n')[0]).toBe('# ❌ Go test preflight: FAIL')
    expect(text).toContain('**Environment:** vm (detected)')
    expect(text).toContain(
      '| environment | wake-p99 | sleep-deviation-pct |\n| --- | --- | --- |\n| vm | 1ms | 10 |'
    )
    expect(text).toContain('- wake-p99 1.8 ms exceeds 1 ms (vm)')
    expect(text).toContain('**This step fails**')
    expect(text).toContain(
      '| wake-p99 | 1800 us | 1000 us | ❌ error | median of 2 trials p99 &gt; limit |'
    )
  })

  it('lists every known check and says why one is missing', () => {
    expect(text).toContain('| Go install | ✅ pass | go1.22.5 downloaded and verified | 13520 ms |')
    expect(text).toContain('| go-env | — | _not in this report: the check did not run_ | — |')
  })

  it('renders the timer table per backend with percentiles, trial spread and outliers', () => {
    expect(text).toContain(
      '| windows-high-resolution-timer | 1 ms | 4000 | 248 us | 495 us | 990 us | 1.8 ms | — | 6.9 ms | 1.7 ms – 1.9 ms | 3 |'
    )
    expect(text).toContain(
      '| 100 ms | 100.9, 101.2, 115.6 | 5.9 % | 15.6 % | sleep-deviation-pct: 10 |'
    )
    expect(text).toContain('| Throttled share | 8.5 % |')
    expect(text).toContain(
      '| Go time.Sleep (default) | 1 ms | 2000 | 750 us | 1.5 ms | 3 ms | 15.6 ms | — | 16 ms |'
    )
    expect(text).toContain(
      '3 outliers (2 bursts (outliers within 100 ms of each other), 1 isolated spikes)'
    )
    expect(text).toContain('| 6.9 ms | 0.12 s | 1 | 17 |')
  })

  it('draws the latency histogram as a mermaid xychart with the same data in a table', () => {
    const chart = /```mermaid\n(xychart-beta\n[\s\S]*?)\n```/.exec(text)
    expect(chart).not.toBeNull()
    expect(chart![1].split('\n')).toEqual([
      'xychart-beta',
      '    title "Wake-up latency, windows-high-resolution-timer"',
      '    x-axis "lateness" ["0 us–250 us", "250 us–500 us", "500 us–750 us", "750 us–1 ms", "1 ms–2 ms", "2 ms–8 ms"]',
      '    y-axis "wake-ups" 0 --> 1900',
      '    bar [120, 1900, 1700, 200, 70, 10]'
    ])
    const after = text.slice(chart!.index + chart![0].length)
    expect(after).toMatch(
      /^\n\n\| Lateness \| Wake-ups \| Share \|\n\| --- \| --- \| --- \|\n\| 0 us–250 us \| 120 \| 3 % \|/
    )
    expect(after).toContain('| 2 ms–8 ms | 10 | 0.3 % |')
  })

  it('shows remedies as fenced blocks in their language', () => {
    expect(text).toContain('```yaml\njobs:\n  test:\n    runs-on: [self-hosted, low-latency]\n```')
    expect(text).toContain(
      '```powershell\nNew-Item -ItemType Directory -Force D:\\go-tmp\n"GOTMPDIR=D:\\go-tmp" >> $env:GITHUB_ENV\n```'
    )
  })

  it('renders temp steps, Defender coverage and endangered hits as tables, escaping tool text', () => {
    expect(text).toContain('| exec-first | ❌ failed | 30.5 ms | Access is denied. \\| &lt;b&gt; |')
    expect(text).toContain('| GOCACHE | `C:\\go-cache` | not-covered | C:\\x | 385 ms |')
    expect(text).toContain(
      '| `pkg/worker_test.go:31` | time.Sleep | 50 us | `50 * time.Microsecond` |'
    )
    expect(text).toContain('| `pkg/a\\|b_test.go:9` | select &lt;-time.After | 2 ms |')
    // Only the raw JSON, inside code fences, carries the tool text verbatim.
    expect(text.replace(/```json\n[\s\S]*?\n```/g, '')).not.toContain('<b>')
  })

  it('keeps raw details in collapsible blocks', () => {
    expect(text).toContain('<details><summary>Raw details: timer</summary>\n\n```json\n{')
  })

  it('says why a section is short when a check was skipped', () => {
    const report = sampleReport()
    report.checks = report.checks.filter(c => c.id !== 'defender')
    report.checks.push({
      id: 'defender',
      title: 'Microsoft Defender',
      status: 'skipped',
      summary: 'Skipped: not Windows.',
      findings: []
    })
    const rendered = renderSummary(report)
    expect(rendered).toContain('## ⏭️ Microsoft Defender\n\nSkipped: not Windows.')
    expect(rendered).not.toContain('Raw details: defender')
  })

  it('stays under 1 MiB with 100k samples worth of outliers and bins, dropping the least important parts first', () => {
    const report = sampleReport()
    const loop = timerOf(report).loops[0]
    loop.outliers = Array.from({ length: 100_000 }, (_, i): Outlier => ({
      backend: loop.backend,
      trial: i % 5,
      index: i,
      offsetMs: i * 3,
      valueUs: 2000 + (i % 997)
    }))
    loop.histogram = Array.from({ length: 100_000 }, (_, i) => ({
      fromUs: i,
      toUs: i + 1,
      count: 1
    }))
    const rendered = renderSummary(report)
    expect(Buffer.byteLength(rendered, 'utf8')).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(rendered).toContain("shortened to stay under GitHub's 1 MiB limit")
    expect(rendered).toContain('_Raw details of `timer` (')
    expect(rendered.split('\n')[0]).toBe('# ❌ Go test preflight: FAIL')
    // The chart is merged to at most 30 bars and survives: it is worth more than raw JSON.
    const bars = /bar \[([^\]]*)\]/.exec(rendered)![1].split(', ')
    expect(bars.length).toBeLessThanOrEqual(30)
    expect(bars.map(Number).reduce((a, b) => a + b, 0)).toBe(100_000)
    expect(rendered).toContain('… 99980 more in the JSON report.')
  })

  it('still fits when even the findings are enormous', () => {
    const report = sampleReport()
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
    expect(rendered).toContain('# ❌ Go test preflight: FAIL')
  })
})

describe('markdown helpers', () => {
  it('merges bins without losing counts', () => {
    const bins = Array.from({ length: 61 }, (_, i) => ({
      fromUs: i * 10,
      toUs: i * 10 + 10,
      count: i
    }))
    const merged = mergeBins(bins, 30)
    expect(merged.length).toBe(21)
    expect(merged[0]).toEqual({ fromUs: 0, toUs: 30, count: 3 })
    expect(merged.at(-1)).toEqual({ fromUs: 600, toUs: 610, count: 60 })
  })
  it('escapes cells and picks a fence the text cannot close', () => {
    expect(escapeCell('a|b\nc<d>&')).toBe('a\\|b<br>c&lt;d&gt;&amp;')
    expect(fenced('yaml', 'run: echo ```x```')).toBe('````yaml\nrun: echo ```x```\n````')
  })
})
