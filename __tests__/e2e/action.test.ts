// Runs dist/index.js exactly as the runner does: from a directory with no node_modules, inputs in
// INPUT_* variables, the runner's files fresh. Asserts outputs, summary, report and exit code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeActionRuns, runAction } from '../../scripts/lib/action-runner.mjs'
import { DEBIAN_GOROOT, debianGoSuite } from '../helpers/gates.js'

/** Every directory this file makes besides the runs' own: removed with them after all tests. */
const made: string[] = []
afterAll(() => {
  removeActionRuns()
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

// Small, but enough for a p99 (300 samples in one trial).
const quick = {
  'timer-samples': '300',
  'timer-trials': '1',
  'sleep-samples': '1',
  'go-probe': 'false'
}
const goBin = join(DEBIAN_GOROOT, 'bin')
const { it: withGo } = debianGoSuite('the e2e tests that need Go')
const STATUSES = ['pass', 'warn', 'fail', 'unknown', 'skipped']

describe('dist/index.js on Linux', () => {
  it('runs with defaults and writes outputs, summary and a JSON report', async () => {
    const run = await runAction({
      inputs: { ...quick, mode: 'report', 'report-path': 'out/preflight.json' }
    })
    expect(run.stderr).toBe('')
    // report-path: a copy in the workspace, for upload as an artifact.
    const copy = readFileSync(join(run.dirs.workspace, 'out', 'preflight.json'), 'utf8')
    expect(copy).toBe(readFileSync(run.outputs.report, 'utf8'))
    expect(run.exitCode).toBe(0)
    expect(['pass', 'warn', 'fail']).toContain(run.outputs.verdict)
    expect(['physical', 'vm', 'container', 'kubernetes', 'serverless']).toContain(
      run.outputs.environment
    )
    expect(['true', 'false']).toContain(run.outputs.suspicious)
    expect(run.outputs.report.startsWith(run.dirs.runnerTemp)).toBe(true)
    const report = run.report
    expect(report.schemaVersion).toBe(1)
    expect(report.verdict).toBe(run.outputs.verdict)
    expect(report.environment.class).toBe(run.outputs.environment)
    for (const check of report.checks) {
      expect(STATUSES).toContain(check.status)
      expect(typeof check.summary).toBe('string')
      expect(check.summary.length).toBeGreaterThan(0)
    }
    const timer = report.checks.find((check: { id: string }) => check.id === 'timer')
    expect(timer.status).not.toBe('unknown')
    expect(timer.details.loops[0].backend).toBe('linux-clock_nanosleep')
    expect(Number(run.outputs['timer-p99-us'])).toBeGreaterThan(0)
    expect(run.summary).toContain('go-win-preflight')
    expect(run.summary).toContain('```mermaid')
  })

  it('fails with one line naming a bad input, and no stack trace', async () => {
    const run = await runAction({ inputs: { ...quick, 'timer-interval': 'fast' } })
    expect(run.exitCode).toBe(1)
    const errors = run.commands.filter(command => command.command === 'error')
    expect(errors.map(error => error.message)).toEqual([
      'Input \'timer-interval\' has invalid value "fast": expected a duration from 100us to 100ms, such as 1ms.'
    ])
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(run.outputs.report).toBeUndefined()
  })

  it('fails the step in enforce mode on a breach, with one error naming it', async () => {
    // A breach every run has, whatever the load: the sleep deviation is rounded to 0.0001 %, so
    // only a 100 ms sleep within 50 ns of 100 ms (no sleep is that close) stays within
    // 0.000001 %. The other timer limits are off, so this is the one cause.
    const inputs = {
      ...quick,
      environment: 'serverless',
      thresholds:
        'serverless:\n  sleep-deviation-pct: 0.000001%\n  wake-p99: off\n' +
        '  timer-resolution: off\n  cpu-throttled-pct: off\n'
    }
    const run = await runAction({ inputs })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.outputs.environment).toBe('serverless')
    const errors = run.commands.filter(command => command.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].properties.title).toBe(
      'Go test preflight: FAIL (serverless runner), step failed'
    )
    expect(errors[0].message).toMatch(
      /^FAIL: .*\nCause: Timers: a 100 ms sleep lasted .+ longer than asked, over the limit of .+ \(serverless runner\)\.\n/
    )
    expect(run.report.environment.overridden).toBe(true)
    expect(run.report.decision.breaches.map((breach: { metric: string }) => breach.metric)).toEqual(
      ['sleep-deviation-pct']
    )
    expect(Number(run.outputs['sleep-deviation-pct'])).toBeGreaterThan(0)

    const reported = await runAction({ inputs: { ...inputs, mode: 'report' } })
    expect(reported.exitCode).toBe(0)
    expect(reported.outputs.verdict).toBe('fail')
  })

  it('fails the step on a bad thresholds input before measuring', async () => {
    const run = await runAction({ inputs: { ...quick, thresholds: 'vm:\n  wake-p99: fast\n' } })
    expect(run.exitCode).toBe(1)
    const errors = run.commands.filter(command => command.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/thresholds/)
    expect(run.report).toBeUndefined()
  })

  withGo('annotates a test whose timing need this runner breaks, at the wait line', async () => {
    const workspace = join(freshDir(), 'ws')
    mkdirSync(join(workspace, 'pkg'), { recursive: true })
    writeFileSync(join(workspace, 'go.mod'), 'module example.com/endangered\n\ngo 1.19\n')
    writeFileSync(
      join(workspace, 'pkg', 'wait_test.go'),
      [
        'package pkg',
        '',
        'import (',
        '\t"testing"',
        '\t"time"',
        ')',
        '',
        'func TestWait(t *testing.T) {',
        '\tstart := time.Now()',
        '\ttime.Sleep(10 * time.Millisecond)',
        '\t// 1 us of margin: any runner wakes later than that in most wake-ups',
        '\tif time.Since(start) > 10*time.Millisecond+time.Microsecond {',
        '\t\tt.Fatal("late")',
        '\t}',
        '}',
        ''
      ].join('\n')
    )
    const run = await runAction({
      inputs: { ...quick, mode: 'report' },
      workspace,
      env: { PATH: `${goBin}:${process.env.PATH}` }
    })
    expect(run.exitCode).toBe(0)
    const annotation = run.commands.find(
      command => command.command === 'error' && command.properties.file === 'pkg/wait_test.go'
    )
    expect(annotation?.properties.line).toBe('10')
    expect(annotation?.message).toMatch(
      /^TestWait: time\.Sleep\(10 \* time\.Millisecond\) has 0\.001 ms of margin against the elapsed-time check/
    )
    expect(run.outputs.verdict).toBe('fail')
    expect(run.outputs['go-version']).toBe('1.19.8')
    expect(run.outputs['go-version-full']).toBe('go1.19.8')
  })

  it('runs the post step with nothing to undo', async () => {
    const run = await runAction({ entry: 'post' })
    expect(run.exitCode).toBe(0)
    expect(run.commands.filter(command => command.command === 'error')).toEqual([])
  })
})

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gwp-e2e-'))
  made.push(dir)
  return dir
}

// fix-temp end to end: a noexec TMPDIR, the main step exporting a fresh directory through the
// runner's files, and the post step (given the saved state, as the runner does) removing it.
const isRoot = process.getuid?.() === 0
if (!isRoot && process.env.CI === 'true')
  throw new Error('CI runs as root: the noexec e2e needs it')
if (!isRoot) console.log('Skipping the fix-temp e2e test: mounting a noexec tmpfs needs root')
const asRoot = isRoot ? describe : describe.skip

asRoot('fix-temp on a noexec TMPDIR', () => {
  const mountPoint = join(freshDir(), 'noexec tmp')
  beforeAll(() => {
    mkdirSync(mountPoint, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'noexec,size=16m', 'tmpfs', mountPoint])
  })
  afterAll(() => {
    execFileSync('umount', [mountPoint])
  })

  it('fails without the fix, exports a working directory with it, and post removes it', async () => {
    const env = { TMPDIR: mountPoint }
    const broken = await runAction({ inputs: quick, env })
    expect(broken.exitCode).toBe(1)
    const temp = broken.report.checks.find((check: { id: string }) => check.id === 'temp-dirs')
    expect(temp.status).toBe('fail')
    expect(temp.findings.map((finding: { id: string }) => finding.id)).toContain('temp.noexec')

    const fixed = await runAction({ inputs: { ...quick, 'fix-temp': 'true' }, env })
    const directory = fixed.exportedEnv.GOTMPDIR
    expect(directory.startsWith(fixed.dirs.runnerTemp)).toBe(true)
    expect(fixed.exportedEnv).toMatchObject({ TMPDIR: directory, TMP: directory, TEMP: directory })
    expect(existsSync(directory)).toBe(true)
    expect(fixed.state['temp-fix']).toBeDefined()

    const post = await runAction({ entry: 'post', state: fixed.state, env })
    expect(post.exitCode).toBe(0)
    expect(existsSync(directory)).toBe(false)
  })
})

// A broken temp folder is what the action diagnoses: Go on PATH, GOTMPDIR at a missing folder.
describe('dist/index.js with GOTMPDIR at a missing folder', () => {
  withGo(
    'reports the folder, says which Go checks could not run, and fails the verdict',
    async () => {
      const workspace = join(freshDir(), 'ws')
      mkdirSync(join(workspace, 'pkg'), { recursive: true })
      writeFileSync(join(workspace, 'go.mod'), 'module example.com/broken\n\ngo 1.19\n')
      writeFileSync(
        join(workspace, 'pkg', 'wait_test.go'),
        'package pkg\n\nimport (\n\t"testing"\n\t"time"\n)\n\nfunc TestWait(t *testing.T) { time.Sleep(50 * time.Microsecond) }\n'
      )
      const missing = join(freshDir(), 'no such folder')
      const run = await runAction({
        inputs: { ...quick, 'go-probe': 'true' },
        workspace,
        env: { PATH: `${goBin}:${process.env.PATH}`, GOTMPDIR: missing }
      })
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verdict).toBe('fail')
      expect(run.outputs['go-version']).toBe('1.19.8')
      expect(run.outputs['go-version-full']).toBe('go1.19.8')
      expect(run.summary).toContain('go-win-preflight')
      const check = (id: string) => run.report.checks.find((c: { id: string }) => c.id === id)
      const temp = check('temp-dirs')
      expect(temp.status).toBe('fail')
      const gotmpdir = temp.findings.find((f: { message: string }) => f.message.includes(missing))
      expect(gotmpdir.message).toContain('GOTMPDIR')
      expect(check('go-env')).toMatchObject({ status: 'unknown' })
      expect(check('go-env').summary).toMatch(/go: creating work dir: .*no such folder/)
      expect(check('endangered-tests').status).toBe('unknown')
      expect(check('endangered-tests').summary).toMatch(
        /temp folder is unusable.*creating work dir/
      )
      expect(check('timer').details.goProbe).toMatchObject({ status: 'failed' })
      expect(check('timer').details.goProbe.reason).toMatch(/temp folder is unusable/)
    }
  )
})
