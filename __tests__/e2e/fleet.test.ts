// The fleet action end to end: real reports from dist/index.js run under different conditions
// (idle; in a 0.2 CPU cgroup beside a CPU hog; with a noexec TMPDIR; on Windows Node under Wine),
// then dist/fleet.js run on them as the runner runs fleet/action.yml. The reports are produced
// once, in beforeAll, and reused by every test.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  removeActionRuns,
  fromWinePath,
  prepareActionDir,
  runAction,
  type ActionRun
} from '../../scripts/lib/action-runner.mjs'
import {
  createCpuCgroup,
  findCpuController,
  inCgroupWrapper,
  removeCpuCgroup
} from '../../scripts/lib/cpu-cgroup.mjs'
import { wineUnavailableReason } from '../../scripts/lib/wine.mjs'

// The folders runAction made for this file's runs.
afterAll(removeActionRuns)

const isRoot = process.getuid?.() === 0
const wineMissing = wineUnavailableReason()
if (process.env.CI === 'true') {
  if (!isRoot) throw new Error('CI runs as root: the fleet e2e needs a cgroup and a mount')
  if (wineMissing) throw new Error(`CI needs Wine for the fleet e2e: ${wineMissing}`)
}
if (!isRoot) console.log('Skipping the fleet e2e: a CPU cgroup and a noexec mount need root')
else if (wineMissing) console.log(`Fleet e2e without its Wine runner: ${wineMissing}`)
const rootDescribe = isRoot ? describe : describe.skip

// Three trials of 300 wake-ups: a p99 per trial, a spread between trials for the baseline, and
// a median that one trial disturbed by the other jobs on this machine does not move; likewise
// the median of three 100 ms sleeps.
const quick = {
  'timer-samples': '300',
  'timer-trials': '3',
  'sleep-samples': '3',
  'go-probe': 'false',
  mode: 'report'
}
const HEALTHY = ['idle-1', 'idle-2', 'idle-3']

rootDescribe('fleet/action.yml on reports of real runs', () => {
  const work = mkdtempSync(join(tmpdir(), 'gwp-fleet-e2e-'))
  const reports = join(work, 'reports')
  const runs = new Map<string, ActionRun>()

  const identity = (name: string) => ({
    env: { RUNNER_NAME: name, GITHUB_JOB: 'test', GITHUB_RUN_ID: '1001', GITHUB_RUN_ATTEMPT: '1' },
    matrix: JSON.stringify({ runner: name })
  })
  async function produce(name: string, options: Parameters<typeof runAction>[0] = {}) {
    const { env, matrix } = identity(name)
    const run = await runAction({
      ...options,
      inputs: { ...quick, matrix, ...(options.inputs ?? {}) },
      env: { ...env, ...(options.env ?? {}) }
    })
    if (run.report === undefined)
      throw new Error(`${name}: no report (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`)
    const path = options.wine ? fromWinePath(run.outputs.report) : run.outputs.report
    // As download-artifact with merge-multiple leaves them: one folder, one name per job.
    copyFileSync(path, join(reports, `preflight-${name}.json`))
    runs.set(name, run)
    rmSync(run.dirs.work, { recursive: true, force: true })
  }

  beforeAll(async () => {
    mkdirSync(reports)
    for (const name of HEALTHY) await produce(name)

    const mountPoint = join(work, 'noexec tmp')
    mkdirSync(mountPoint)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'noexec,size=16m', 'tmpfs', mountPoint])
    try {
      await produce('noexec', { env: { TMPDIR: mountPoint } })
    } finally {
      execFileSync('umount', [mountPoint])
    }

    const controller = findCpuController()
    if (!controller) throw new Error('no cgroup hierarchy with the cpu controller is mounted')
    const cgroup = createCpuCgroup(controller, `gwp-fleet-e2e-${process.pid}`, 0.2)
    // The hog ends by itself after 2 minutes, and is killed as soon as the run is done.
    const hog = spawn(
      process.execPath,
      ['-e', 'const end = Date.now() + 120000; while (Date.now() < end) {}'],
      { stdio: 'ignore' }
    )
    try {
      writeFileSync(cgroup.procs, String(hog.pid))
      await produce('throttled', { wrap: inCgroupWrapper(cgroup.procs), timeoutMs: 180_000 })
    } finally {
      hog.kill('SIGKILL')
      await removeCpuCgroup(cgroup.dir)
    }

    if (!wineMissing) await produce('wine', { wine: true, timeoutMs: 240_000 })
  }, 600_000)

  const fleetRuns: ActionRun[] = []
  afterAll(() => {
    rmSync(work, { recursive: true, force: true })
    for (const run of fleetRuns) rmSync(run.dirs.work, { recursive: true, force: true })
    rmSync(prepareActionDir(), { recursive: true, force: true })
  })

  const fleet = async (inputs: Record<string, string>) => {
    const run = await runAction({ action: 'fleet', inputs, workspace: work })
    fleetRuns.push(run)
    return run
  }

  it('produced the conditions it meant to', () => {
    const report = (name: string) => runs.get(name)!.report
    const check = (name: string, id: string) =>
      report(name).checks.find((c: { id: string }) => c.id === id)
    expect(check('noexec', 'temp-dirs').status).toBe('fail')
    expect(check('throttled', 'timer').details.cpu.throttledPct).toBeGreaterThan(0)
    expect(report('idle-1').runner).toMatchObject({
      name: 'idle-1',
      job: 'test',
      runId: '1001',
      runAttempt: '1',
      matrix: { runner: 'idle-1' }
    })
    if (!wineMissing) expect(report('wine').runner.os).toBe('Windows')
  })

  it('a matrix input that is not JSON fails the main step with one line, before measuring', async () => {
    const run = await runAction({ inputs: { ...quick, matrix: '{os: windows-2022}' } })
    expect(run.exitCode).toBe(1)
    const errors = run.commands.filter(c => c.command === 'error')
    expect(errors.map(e => e.message)).toEqual([
      expect.stringMatching(
        /^Input 'matrix' is not JSON \(.+\): expected a JSON object such as \$\{\{ toJSON\(matrix\) \}\}\.$/
      )
    ])
    expect(run.outputs.report).toBeUndefined()
    rmSync(run.dirs.work, { recursive: true, force: true })
  })

  it('one summary for the fleet, naming the throttled and the noexec runner', async () => {
    const run = await fleet({ reports: 'reports' })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    const failing = JSON.parse(run.outputs['failing-runners']) as string[]
    expect(failing[0]).toBe('noexec (runner=noexec)')

    // One row per runner.
    const names = [...HEALTHY, 'noexec', 'throttled', ...(wineMissing ? [] : ['wine'])]
    for (const name of names)
      expect(run.summary).toMatch(
        new RegExp(`^\\| ${name} \\(runner=${name}\\) \\| (Linux|Windows) \\|`, 'm')
      )
    expect(run.summary).toMatch(
      /^\| noexec \(runner=noexec\) \| Linux \| \w+ \| \*\*fail\*\* \|.*\| fail \| skipped \|/m
    )

    // What stands out: the throttled runner by its figures, the noexec one by its temp dirs.
    const standOut = run.summary.split('### Runners that stand out')[1].split('###')[0]
    expect(standOut).toMatch(
      /- \*\*throttled \(runner=throttled\)\*\*: (wake-up p99|CPU throttling) .* MADs above the fleet median/
    )
    expect(standOut).toContain('- **noexec (runner=noexec)**: temp-dirs fails here and passes on')
    // The idle runners share this machine with other jobs, whose load can really delay one of
    // their sleeps; what the conditions control, they must not be named for.
    const merged = JSON.parse(readFileSync(run.outputs['fleet-report'], 'utf8'))
    const named = (what: RegExp) =>
      merged.standOut
        .filter((s: { what: string }) => what.test(s.what))
        .map((s: { key: string }) => s.key)
    const keyOf = (name: string) => `test {"runner":"${name}"}`
    expect(named(/^check:temp-dirs$/)).toEqual([keyOf('noexec')])
    expect(named(/^throttledPct$/)).toEqual([keyOf('throttled')])
    expect(named(/^wakeP99Us$/)).toContain(keyOf('throttled'))
    expect(run.summary).toContain('```mermaid\nxychart-beta')
    expect(run.summary).toContain('| Runner | Wake-up p99 | Trials’ p99 |')

    // One error annotation per failing runner, the most severe first.
    const errors = run.commands.filter(c => c.command === 'error')
    expect(errors.map(e => e.properties.title)).toEqual(
      failing.map(name => expect.stringContaining(`Runner ${name}: fail`))
    )
    expect(errors[0].message).toMatch(/temp/i)

    expect(merged.kind).toBe('go-win-preflight-fleet')
    expect(merged.runners).toHaveLength(names.length)
    expect(merged.rejected).toEqual([])
    expect(run.stdout).toMatch(
      new RegExp(`${names.length} runners merged from ${names.length} files in [\\d.]+ ms`)
    )

    const lenient = await fleet({ reports: 'reports/*.json', 'fail-on': 'never' })
    expect(lenient.exitCode).toBe(0)
    expect(lenient.outputs.verdict).toBe('fail')
  })

  it('compares with a baseline where the throttled and noexec runners were healthy', async () => {
    // The baseline run: the same runners, all idle (idle-2's report under their names).
    const earlier = join(work, 'earlier')
    mkdirSync(earlier)
    for (const name of HEALTHY)
      copyFileSync(join(reports, `preflight-${name}.json`), join(earlier, `${name}.json`))
    const idle = JSON.parse(readFileSync(join(reports, 'preflight-idle-2.json'), 'utf8'))
    for (const name of ['noexec', 'throttled']) {
      const renamed = { ...idle, runner: { ...idle.runner, name, matrix: { runner: name } } }
      writeFileSync(join(earlier, `${name}.json`), JSON.stringify(renamed))
    }
    const first = await fleet({ reports: 'earlier' })
    expect(first.outputs.verdict).not.toBe('fail')
    expect(first.exitCode).toBe(0)
    copyFileSync(first.outputs['fleet-report'], join(work, 'baseline.json'))

    const run = await fleet({ reports: 'reports', baseline: 'baseline.json' })
    const changes = run.summary.split('### Since the baseline of ')[1]
    expect(changes).toMatch(
      /^\| noexec \(runner=noexec\) \| new-failure \| verdict (pass|warn) → fail; newly failing: temp-dirs/m
    )
    expect(changes).toMatch(
      /^\| throttled \(runner=throttled\) \| p99-regression \| wake-up p99 .* beyond the run-to-run noise/m
    )
    for (const name of HEALTHY)
      expect(changes).not.toMatch(new RegExp(`^\\| ${name} .*new-failure`, 'm'))
    const merged = JSON.parse(readFileSync(run.outputs['fleet-report'], 'utf8'))
    expect(merged.baseline.runners).toBe(5)

    const missing = await fleet({ reports: 'reports', baseline: 'no-such-baseline.json' })
    expect(missing.summary).toContain(
      "Input 'baseline': no-such-baseline.json does not exist yet; no comparison."
    )
  })

  it('broken and foreign files: one line each, the others still merged', async () => {
    const mixed = join(work, 'mixed')
    mkdirSync(mixed)
    const real = readFileSync(join(reports, 'preflight-idle-1.json'), 'utf8')
    writeFileSync(join(mixed, 'good.json'), real)
    writeFileSync(join(mixed, 'truncated.json'), real.slice(0, real.length / 2))
    writeFileSync(join(mixed, 'package.json'), '{"name": "left-pad", "version": "1.3.0"}\n')
    writeFileSync(
      join(mixed, 'future.json'),
      JSON.stringify({ ...JSON.parse(real), schemaVersion: 2 })
    )
    writeFileSync(join(mixed, 'notes.txt'), 'not matched by the folder rule')
    const run = await fleet({ reports: 'mixed', 'fail-on': 'never' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe(JSON.parse(real).verdict)
    const warnings = run.commands.filter(
      c => c.command === 'warning' && c.properties.title?.startsWith('Not merged')
    )
    expect(warnings.map(w => [w.properties.title, w.message])).toEqual([
      [
        'Not merged: mixed/future.json',
        'report schemaVersion 2: this fleet action reads version 1'
      ],
      [
        'Not merged: mixed/package.json',
        'not a go-win-preflight report: no tool.name "go-win-preflight"'
      ],
      ['Not merged: mixed/truncated.json', expect.stringMatching(/^not JSON \(/)]
    ])
    expect(run.summary).toContain('### Files not merged')

    writeFileSync(join(work, 'only-broken.json'), '{')
    const none = await fleet({ reports: 'only-broken.json' })
    expect(none.exitCode).toBe(1)
    const errors = none.commands.filter(c => c.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(
      /^Input 'reports': no go-win-preflight report among 1 file\(s\) in only-broken.json \(only-broken.json: not JSON/
    )
    expect(none.stdout).not.toMatch(/\n\s+at /)
  })
})
