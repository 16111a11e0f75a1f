// The same dist/index.js on Windows Node under Wine: proves the Windows code paths and the
// bundled win32-x64 koffi binary.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  WINDOWS_GO_VERSION,
  WINDOWS_GO_ZIP_NAME,
  buildWindowsGo,
  windowsGoUnavailableReason
} from '../../scripts/build-windows-go.mjs'
import {
  fromWinePath,
  removeActionRuns,
  runAction,
  type ActionRun,
  type RunActionOptions
} from '../../scripts/lib/action-runner.mjs'
import { toWinePath, wineUnavailableReason } from '../../scripts/lib/wine.mjs'
import { startMirror, type Mirror } from '../helpers/go-mirror.js'
import { suiteGate } from '../helpers/gates.js'

const unavailable = wineUnavailableReason()
const { describe: wineDescribe } = suiteGate('the Wine e2e tests', unavailable)

wineDescribe('dist/index.js on Windows Node under Wine', () => {
  it('loads the bundled win32 koffi and measures with kernel32', async () => {
    const run = await runAction({
      wine: true,
      inputs: { 'timer-samples': '100', 'timer-trials': '2', 'sleep-samples': '1', mode: 'report' },
      timeoutMs: 240_000
    })
    expect(run.stderr).not.toMatch(/Error/)
    expect(run.exitCode).toBe(0)
    const report = run.report
    expect(report.platform.os).toBe('win32')
    const timer = report.checks.find((check: { id: string }) => check.id === 'timer')
    expect(timer.status).not.toBe('unknown')
    // QueryPerformanceFrequency through koffi, as reported by the Windows backend.
    expect(timer.details.clock.frequencyHz).toBeGreaterThan(0)
    expect(timer.details.timerResolution.coarsestMs).toBeGreaterThanOrEqual(
      timer.details.timerResolution.finestMs
    )
    expect(timer.details.loops.map((loop: { backend: string }) => loop.backend)).toContain(
      'windows-sleep-1'
    )
    const defender = report.checks.find((check: { id: string }) => check.id === 'defender')
    expect(defender.status).toBe('unknown')
    expect(run.outputs.report).toMatch(/^[A-Za-z]:\\/)
  }, 300_000)
})

// The Windows install path and everything that runs go.exe, with a real Windows Go toolchain
// (Debian's Go cross-compiled by scripts/build-windows-go.mjs) served by a loopback mirror. Nothing
// is shimmed: dist/index.js downloads, verifies and extracts the zip itself.
const { describe: goDescribe } = suiteGate(
  'the Windows Go e2e under Wine',
  unavailable ?? windowsGoUnavailableReason()
)

goDescribe('dist/index.js under Wine with a real Windows Go', () => {
  let mirror: Mirror
  let root: string
  const quick = { 'timer-samples': '1000', 'timer-trials': '1', 'sleep-samples': '1' }

  beforeAll(async () => {
    const zip = buildWindowsGo()
    mirror = await startMirror([
      {
        version: WINDOWS_GO_VERSION,
        stable: true,
        os: 'windows',
        arch: 'amd64',
        filename: WINDOWS_GO_ZIP_NAME,
        content: zip
      }
    ])
    root = mkdtempSync(join(tmpdir(), 'gwp-wine-go-'))
  }, 900_000)
  const runInWine = (options: RunActionOptions): Promise<ActionRun> =>
    runAction({ wine: true, ...options })
  afterAll(async () => {
    await mirror?.close()
    removeActionRuns()
    if (root) rmSync(root, { recursive: true, force: true })
  })

  it('installs from the zip, runs go.exe for the probe and the analyzer, then hits the cache', async () => {
    const workspace = join(root, 'ws')
    mkdirSync(join(workspace, 'internal', 'deep'), { recursive: true })
    writeFileSync(join(workspace, 'go.mod'), 'module example.com/wine\n\ngo 1.19\n')
    writeFileSync(
      join(workspace, 'internal', 'deep', 'wait_test.go'),
      [
        'package deep',
        '',
        'import (',
        '\t"testing"',
        '\t"time"',
        ')',
        '',
        'func TestWait(t *testing.T) {',
        '\tstart := time.Now()',
        '\ttime.Sleep(10 * time.Millisecond)',
        '\t// 1 us of margin: every runner wakes later than that in more than 1% of wake-ups',
        '\tif time.Since(start) > 10*time.Millisecond+time.Microsecond {',
        '\t\tt.Fatal("late")',
        '\t}',
        '}',
        ''
      ].join('\n')
    )
    const toolCache = join(root, 'toolcache')
    // Go's own caches in folders the test removes, not in the Wine prefix.
    const env = {
      GOCACHE: toWinePath(join(root, 'gocache')),
      GOPATH: toWinePath(join(root, 'gopath'))
    }
    const inputs = {
      ...quick,
      'go-version': '1.19.8',
      'go-download-base-url': mirror.baseUrl,
      mode: 'report'
    }
    const first = await runInWine({
      inputs,
      env,
      workspace,
      toolCache,
      timeoutMs: 600_000
    })
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    const check = (id: string) => first.report.checks.find((c: { id: string }) => c.id === id)
    const install = check('go-install')
    expect(install.status).toBe('pass')
    expect(install.details).toMatchObject({ cacheHit: false, checksum: 'verified' })
    expect(mirror.hits.get(`/${WINDOWS_GO_ZIP_NAME}`)).toBe(1)
    expect(first.outputs['go-version']).toBe('1.19.8')
    expect(first.outputs['go-version-full']).toBe('go1.19.8')
    expect(first.outputs['toolchain-cache-hit']).toBe('false')
    expect(first.outputs['go-root']).toMatch(/^Z:\\.*1\.19\.8\\x64$/)
    const goExe = join(fromWinePath(first.outputs['go-root']), 'bin', 'go.exe')
    expect(existsSync(goExe)).toBe(true)
    expect(first.addedPaths).toContain(`${first.outputs['go-root']}\\bin`)
    // go env checks: GOROOT is the installed tree, go.exe is on the PATH later steps get.
    const goEnv = check('go-env')
    expect(goEnv.findings.map((f: { id: string }) => f.id)).not.toContain('go-env.goroot-mismatch')
    expect(goEnv.findings.map((f: { id: string }) => f.id)).not.toContain('go-env.go-not-on-path')
    expect(['pass', 'warn']).toContain(goEnv.status)
    // The Go timer probe, built and run with the installed go.exe.
    const probe = check('timer').details.goProbe
    expect(probe).toMatchObject({ status: 'ok', goVersion: 'go1.19.8' })
    expect(probe.results.length).toBeGreaterThan(0)
    // The analyzer, built with go.exe: a 1 us margin in a nested package, a forward-slash path.
    const endangered = check('endangered-tests')
    expect(endangered.status).toBe('fail')
    const annotation = first.commands.find(
      c => c.command === 'error' && c.properties.file === 'internal/deep/wait_test.go'
    )
    expect(annotation?.properties.line).toBe('10')
    expect(annotation?.message).toMatch(/has 0\.001 ms of margin against the elapsed-time check/)
    // Wine's powershell.exe is a stub: Defender is unknown, with the reason, within its timeout.
    const defender = check('defender')
    expect(defender.status).toBe('unknown')
    expect(defender.summary.length).toBeGreaterThan(0)
    expect(defender.durationMs).toBeLessThanOrEqual(30_000 + 2_000)

    // Second run: a cache hit, with a broken temp folder (GOTMPDIR at a missing folder). A
    // finding, not a crash: the Go checks that need a work folder say why they could not run.
    const missing = join(root, 'no such folder')
    const brokenEnv = { ...env, GOTMPDIR: toWinePath(missing) }
    const second = await runInWine({
      inputs,
      env: brokenEnv,
      workspace,
      toolCache,
      timeoutMs: 300_000
    })
    expect(second.stderr).toBe('')
    expect(second.exitCode).toBe(0)
    const secondCheck = (id: string) =>
      second.report.checks.find((c: { id: string }) => c.id === id)
    const hit = secondCheck('go-install')
    expect(hit.details.cacheHit).toBe(true)
    expect(second.outputs['toolchain-cache-hit']).toBe('true')
    expect(second.outputs['go-root']).toBe(first.outputs['go-root'])
    expect(mirror.hits.get(`/${WINDOWS_GO_ZIP_NAME}`)).toBe(1)
    const temp = secondCheck('temp-dirs')
    expect(temp.status).toBe('fail')
    const named = temp.findings.find((f: { message: string }) =>
      f.message.includes(toWinePath(missing))
    )
    expect(named.message).toContain('GOTMPDIR')
    expect(secondCheck('go-env').status).toBe('unknown')
    expect(secondCheck('go-env').summary).toMatch(/go: creating work dir:/)
    // The probe and the analyzer were built by the first run and kept in the tool cache: a warm
    // run builds nothing, so the broken folder does not stop them (the cold case, where the build
    // needs the folder, is e2e.test.ts's).
    expect(secondCheck('endangered-tests').status).toBe('fail')
    expect(secondCheck('timer').details.goProbe.status).toBe('ok')
    expect(second.outputs.verdict).toBe('fail')
    expect(second.summary).toContain('go-win-preflight')

    // fix-temp on the same broken folder: later steps (and the analyzer, which runs after the
    // temp check) get a fresh folder under RUNNER_TEMP; post removes it.
    const fixed = await runInWine({
      inputs: { ...inputs, 'go-probe': 'false', 'fix-temp': 'true' },
      env: brokenEnv,
      workspace,
      toolCache,
      timeoutMs: 300_000
    })
    expect(fixed.stderr).toBe('')
    const fixedDir = fixed.exportedEnv.GOTMPDIR
    expect(fixedDir.startsWith(toWinePath(fixed.dirs.runnerTemp))).toBe(true)
    expect(fixed.exportedEnv).toMatchObject({ TMPDIR: fixedDir, TMP: fixedDir, TEMP: fixedDir })
    expect(existsSync(fromWinePath(fixedDir))).toBe(true)
    const analyzed = fixed.report.checks.find((c: { id: string }) => c.id === 'endangered-tests')
    expect(analyzed.status).toBe('fail')
    const post = await runInWine({
      entry: 'post',
      state: fixed.state,
      env,
      workspace,
      timeoutMs: 120_000
    })
    expect(post.exitCode).toBe(0)
    expect(existsSync(fromWinePath(fixedDir))).toBe(false)

    console.log(
      `Wine e2e: install run ${Math.round(first.wallMs / 1000)} s (install check ${install.durationMs} ms), cache-hit run ${Math.round(second.wallMs / 1000)} s (install check ${hit.durationMs} ms), Defender ${defender.durationMs} ms`
    )
  }, 1_000_000)
})
