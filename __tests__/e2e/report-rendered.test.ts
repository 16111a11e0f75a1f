/// <reference lib="dom" />
// Seen, not assumed: runs dist/index.js as the runner does in three scenarios (healthy, a test
// at risk, a noexec TMPDIR), renders each job summary the way GitHub does (GFM tables, Mermaid)
// in Debian's headless Chromium at a 900 px pane, and checks what a reader sees on the first
// screen. Also: five runs with the same code on the same runner give the same annotations.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { marked } from 'marked'
import { chromium, type Browser } from 'playwright-core'
import { removeActionRuns, runAction, type ActionRun } from '../../scripts/lib/action-runner.mjs'

// The folders runAction made for this file's runs.
afterAll(removeActionRuns)

const CHROMIUM = '/usr/bin/chromium'
const goBin = '/usr/lib/go-1.19/bin'
const isRoot = process.getuid?.() === 0
const missing = [
  existsSync(CHROMIUM) ? '' : `${CHROMIUM} (apt-get install chromium)`,
  existsSync(join(goBin, 'go')) ? '' : `${goBin}/go (apt-get install golang-1.19-go)`,
  isRoot ? '' : 'root, to mount a noexec tmpfs'
].filter(Boolean)
if (missing.length > 0 && process.env.CI === 'true')
  throw new Error(`CI needs ${missing.join(', ')} for the rendered-summary test`)
if (missing.length > 0)
  console.log(`Skipping the rendered-summary test: it needs ${missing.join(', ')}`)
const suite = missing.length === 0 ? describe : describe.skip

/** Where the screenshots stay for a person to look at (ignored by git, never removed). */
const SHOTS = resolve('test-output', 'rendered-summaries')
const PANE = { width: 900, height: 800 }
// Debian's Chromium on a machine with no outside network: no background connections.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
const MERMAID = resolve('node_modules', 'mermaid', 'dist', 'mermaid.min.js')

// This 2-core machine is shared and loaded: with the default limits the timer metrics breach
// on some runs and not on others. Generous limits keep every scenario's verdict about what it
// tests (the wake-p99 limit, and so the test cutoff of 2 × 50 ms, stays the same).
const inputs = {
  mode: 'report',
  environment: 'vm',
  thresholds: 'vm:\n  wake-p99: 50ms\n  sleep-deviation-pct: 1000%\n',
  'timer-samples': '300',
  'timer-trials': '3',
  'sleep-samples': '1',
  'go-probe': 'false',
  // No Actions cache service here: the dependency cache would only warn that it has none.
  cache: 'false'
}

const GO_TEST = (body: string) =>
  ['package pkg', '', 'import (', '\t"testing"', '\t"time"', ')', '', body, ''].join('\n')

suite('the job summary as a reader sees it', () => {
  let work: string
  let browser: Browser
  const runs: Record<string, ActionRun> = {}

  /** A Go module whose one test waits as given; GOPATH/bin on PATH, as setup-go leaves it. */
  const workspace = (name: string, testBody: string) => {
    const dir = join(work, name)
    mkdirSync(join(dir, 'pkg'), { recursive: true })
    writeFileSync(join(dir, 'go.mod'), 'module example.com/preflight\n\ngo 1.19\n')
    writeFileSync(join(dir, 'pkg', 'wait_test.go'), GO_TEST(testBody))
    return dir
  }
  const env = (extra: Record<string, string> = {}) => ({
    PATH: `${goBin}:${join(work, 'gopath', 'bin')}:${process.env.PATH}`,
    GOPATH: join(work, 'gopath'),
    ...extra
  })

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'gwp-rendered-'))
    mkdirSync(join(work, 'gopath', 'bin'), { recursive: true })
    const healthy = workspace(
      'healthy',
      'func TestWait(t *testing.T) {\n\tdone := make(chan struct{})\n\tgo close(done)\n\tselect {\n\tcase <-done:\n\tcase <-time.After(time.Minute):\n\t\tt.Fatal("hung")\n\t}\n}'
    )
    const atRisk = workspace(
      'at-risk',
      [
        'func TestWait(t *testing.T) {',
        '\tstart := time.Now()',
        '\ttime.Sleep(10 * time.Millisecond)',
        '\tif time.Since(start) > 10*time.Millisecond+time.Microsecond {',
        '\t\tt.Fatal("late")',
        '\t}',
        '}'
      ].join('\n')
    )
    runs.healthy = await runAction({ inputs, workspace: healthy, env: env() })
    runs.atRisk = await runAction({ inputs, workspace: atRisk, env: env() })
    const mountPoint = join(work, 'noexec tmp')
    mkdirSync(mountPoint)
    // Large enough that free space is no finding: only noexec is wrong (tmpfs takes no memory
    // until written).
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'noexec,size=1g', 'tmpfs', mountPoint])
    try {
      runs.noexec = await runAction({
        inputs,
        workspace: healthy,
        env: env({ TMPDIR: mountPoint })
      })
    } finally {
      execFileSync('umount', [mountPoint])
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
    mkdirSync(SHOTS, { recursive: true })
    console.log(`Screenshots of the rendered summaries: ${SHOTS}`)
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  /** GitHub's rendering, near enough: GFM, mermaid fences drawn by Mermaid, a 900 px pane. */
  async function render(name: string, markdown: string, theme: 'light' | 'dark' = 'light') {
    const dark = theme === 'dark'
    const html = (await marked.parse(markdown, { gfm: true })).replace(
      /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
      '<pre class="mermaid">$1</pre>'
    )
    const page = await browser.newPage({ viewport: PANE })
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>
        body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
               color: ${dark ? '#f0f6fc' : '#1f2328'}; background: ${dark ? '#0d1117' : '#fff'}; margin: 0; padding: 16px 24px; max-width: 852px; }
        table { border-collapse: collapse; display: block; overflow: auto; max-width: 100%; }
        th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
        pre { background: ${dark ? '#151b23' : '#f6f8fa'}; padding: 16px; overflow: auto; }
        code { font: 12px ui-monospace, monospace; }
        h2 { border-bottom: 1px solid #d1d9e0; }
      </style></head><body>${html}</body></html>`
    )
    await page.addScriptTag({ path: MERMAID })
    // Mermaid draws only what is shown: open every fold while drawing, as a reader would.
    const mermaidError = await page.evaluate(
      async mermaidTheme => {
        const folds = [...document.querySelectorAll('details')]
        folds.forEach(fold => (fold.open = true))
        const mermaid = (
          window as unknown as {
            mermaid: {
              initialize: (config: object) => void
              run: (o: object) => Promise<void>
            }
          }
        ).mermaid
        mermaid.initialize({ startOnLoad: false, theme: mermaidTheme })
        try {
          await mermaid.run({ querySelector: '.mermaid', suppressErrors: false })
        } catch (error) {
          // Mermaid's parse errors are plain objects with `message` or `str`.
          const e = error as { message?: string; str?: string }
          return `Mermaid error: ${e.message ?? e.str ?? JSON.stringify(error)}`
        }
        const drawn = [...document.querySelectorAll('.mermaid')]
        const broken = drawn.find(
          node => !node.querySelector('svg') || /Syntax error/i.test(node.textContent ?? '')
        )
        return broken ? `not drawn: ${broken.textContent}` : ''
      },
      dark ? 'dark' : 'default'
    )
    await page.screenshot({ path: join(SHOTS, `${name}-unfolded.png`), fullPage: true })
    // Then as it opens: folds closed.
    await page.evaluate(() => document.querySelectorAll('details').forEach(f => (f.open = false)))
    await page.screenshot({ path: join(SHOTS, `${name}-first-screen.png`) })
    await page.screenshot({ path: join(SHOTS, `${name}-full.png`), fullPage: true })
    return { page, errors, mermaidError }
  }

  /** The bottom of the element holding this text, in px from the top of the page. */
  async function bottomOf(page: import('playwright-core').Page, text: string): Promise<number> {
    const box = await page.getByText(text, { exact: false }).first().boundingBox()
    if (!box) throw new Error(`"${text}" is not on the page`)
    return box.y + box.height
  }

  it('healthy: a pass in one sentence, short, and a chart that draws', async () => {
    const run = runs.healthy
    expect(run.report.verdict).toBe('pass')
    expect(Buffer.byteLength(run.summary)).toBeLessThan(6000)
    expect(run.summary).not.toContain('```json')
    expect(run.summary).toContain('```mermaid')
    const { page, errors, mermaidError } = await render('healthy', run.summary)
    expect(errors).toEqual([])
    expect(mermaidError).toBe('')
    expect(await bottomOf(page, 'PASS: this runner can run Go tests reliably.')).toBeLessThan(
      PANE.height
    )
    // About one screen: the folded passing checks end within the second screen.
    expect(await page.evaluate(() => document.body.scrollHeight)).toBeLessThan(2 * PANE.height)
    // Nothing to act on: no annotation at all.
    expect(run.commands.filter(c => ['error', 'warning', 'notice'].includes(c.command))).toEqual([])
    await page.close()
    // GitHub's dark theme: the same chart must draw, its bars and line still distinct.
    const night = await render('healthy-dark', run.summary, 'dark')
    expect(night.errors).toEqual([])
    expect(night.mermaidError).toBe('')
    await night.page.close()
  })

  it('a test at risk: the wait, its line and the fix on the first screen', async () => {
    const run = runs.atRisk
    const { page, errors, mermaidError } = await render('test-at-risk', run.summary)
    expect(errors).toEqual([])
    expect(mermaidError).toBe('')
    expect(await bottomOf(page, 'TestWait: 0.001 ms of margin')).toBeLessThan(PANE.height)
    expect(await bottomOf(page, 'Wait for the event itself')).toBeLessThan(PANE.height)
    // A 1 us margin against an elapsed-time check: every runner breaks it, an error at the wait.
    const annotation = run.commands.find(c => c.properties.file === 'pkg/wait_test.go')
    expect(annotation?.command).toBe('error')
    expect(annotation?.properties.line).toBe('10')
    expect(annotation?.message).toMatch(/has 0\.001 ms of margin against the elapsed-time check/)
    await page.close()
  })

  it('noexec TMPDIR: FAIL, the directory and `fix-temp: true` on the first screen', async () => {
    const run = runs.noexec
    expect(run.report.verdict).toBe('fail')
    const { page, errors, mermaidError } = await render('noexec-tmpdir', run.summary)
    expect(errors).toEqual([])
    expect(mermaidError).toBe('')
    expect(await bottomOf(page, 'FAIL: Go tests will fail on this runner.')).toBeLessThan(
      PANE.height
    )
    expect(await bottomOf(page, 'fix-temp: true')).toBeLessThan(PANE.height)
    // The verdict annotation carries the summary's sentence, or is left out as a repeat.
    const errorsAnnotated = run.commands.filter(c => c.command === 'error')
    expect(errorsAnnotated.length).toBeGreaterThan(0)
    expect(errorsAnnotated.some(c => /fix-temp: true/.test(c.message))).toBe(true)
    await page.close()
  })

  it('speaks plainly: one name per check, no raw data, no unexplained jargon', () => {
    for (const run of Object.values(runs)) {
      expect(run.summary).not.toMatch(
        /scaled MAD|on-breach|linux-clock_nanosleep|Endangered tests|Timer precision|```json|::group::/
      )
      // Durations in us or ms, never bare nanoseconds counts like "50000 ns".
      expect(run.summary).not.toMatch(/\d{4,} ns/)
    }
    // Every stage's log group ends with its result: no empty fold.
    for (const run of Object.values(runs)) {
      const groups = run.stdout.split('::group::').slice(1)
      expect(groups.length).toBe(7)
      for (const group of groups) {
        const lines = group.split('::endgroup::')[0].split('\n').slice(1)
        expect(lines.filter(l => l.trim() !== '' && !l.startsWith('::')).length).toBeGreaterThan(0)
      }
    }
  })

  it('gives the same annotations on five consecutive runs of the same code', async () => {
    const atRisk = join(work, 'at-risk')
    const seen: string[] = []
    for (let i = 0; i < 5; i += 1) {
      const run = await runAction({ inputs, workspace: atRisk, env: env() })
      const annotations = run.commands
        .filter(c => ['error', 'warning', 'notice'].includes(c.command))
        .map(c => `${c.command} ${JSON.stringify(c.properties)} ${c.message}`)
      expect(annotations.length).toBeGreaterThan(0)
      seen.push(annotations.join('\n'))
    }
    expect(new Set(seen).size).toBe(1)
  }, 120_000)
})
