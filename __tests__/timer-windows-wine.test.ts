// The Windows backend for real, on Windows Node under Wine: resolution values, QPC frequency,
// and the waitable-timer and Sleep(1) loops producing samples. Wine's timers are not
// Windows', so only sanity and consistency are asserted.
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

interface WineHelpers {
  wineUnavailableReason(): string | undefined
  wineNodeCommand(script: string): { file: string; args: string[]; env: Record<string, string> }
  toWinePath(path: string): string
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const koffiBinary = join(repoRoot, 'dist', 'koffi', 'win32-x64', 'koffi.node')
const wine = (await import(
  pathToFileURL(join(repoRoot, 'scripts', 'lib', 'wine.mjs')).href
)) as WineHelpers
const missing =
  wine.wineUnavailableReason() ??
  (existsSync(koffiBinary) ? undefined : `${koffiBinary} is missing (run npm run build)`)
const inCI = process.env.CI === 'true'
if (missing && !inCI) console.log(`Skipping the Windows timer backend under Wine: ${missing}`)
const describeWine = missing && !inCI ? describe.skip : describe

const probeScript = `
import { openWindowsBackend } from './timer/windows.js'
const backend = openWindowsBackend(1000)
const run = (loop, count) => {
  const latencies = new Float64Array(count)
  const wake = new Float64Array(count)
  const n = loop.run(count, 2, 5000, latencies, wake)
  return { backend: loop.backend, n, latencies: Array.from(latencies.subarray(0, n)), wake: Array.from(wake.subarray(0, n)) }
}
const result = {
  clock: backend.clock,
  timerResolution: backend.timerResolution,
  loops: [run(backend.loops[0], 50), run(backend.loops[1], 10)],
  sleepMs: backend.sleepMs(20)
}
backend.close()
console.log(JSON.stringify(result))
`

describeWine('Windows timer backend under Wine', () => {
  let work: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'timer-wine-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  test('reads the clocks and runs the loops', () => {
    expect(missing).toBeUndefined()
    const build = join(work, 'build')
    const tsc = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        '--ignoreConfig',
        ...['--outDir', build, '--rootDir', join(repoRoot, 'src'), '--module', 'NodeNext'],
        ...[
          '--moduleResolution',
          'NodeNext',
          '--target',
          'ES2022',
          '--skipLibCheck',
          '--types',
          'node'
        ],
        join(repoRoot, 'src', 'timer', 'windows.ts')
      ],
      { encoding: 'utf8', timeout: 120_000 }
    )
    expect(tsc.stdout + tsc.stderr).toBe('')
    // loadKoffi() looks for koffi/<platform>-<arch>/koffi.node beside its own module first.
    mkdirSync(join(build, 'native', 'koffi', 'win32-x64'), { recursive: true })
    copyFileSync(koffiBinary, join(build, 'native', 'koffi', 'win32-x64', 'koffi.node'))
    writeFileSync(join(build, 'package.json'), '{"type":"module"}')
    writeFileSync(join(build, 'probe.mjs'), probeScript)

    const command = wine.wineNodeCommand(wine.toWinePath(join(build, 'probe.mjs')))
    // Windows Node under Wine fails with EBADF on pipes: output goes to files.
    const stdoutFile = join(work, 'stdout.txt')
    const out = openSync(stdoutFile, 'w')
    const err = openSync(join(work, 'stderr.txt'), 'w')
    const run = spawnSync(command.file, command.args, {
      cwd: build,
      env: { ...process.env, ...command.env },
      stdio: ['ignore', out, err],
      timeout: 150_000
    })
    closeSync(out)
    closeSync(err)
    const stdout = readFileSync(stdoutFile, 'utf8')
    expect({
      status: run.status,
      stderr: readFileSync(join(work, 'stderr.txt'), 'utf8').slice(0, 500)
    }).toEqual({
      status: 0,
      stderr: expect.any(String)
    })
    const result = JSON.parse(stdout.trim().split(/\r?\n/).pop()!)

    expect(result.clock.name).toBe('QueryPerformanceCounter')
    expect(result.clock.frequencyHz).toBeGreaterThan(0)
    expect(result.clock.resolutionNs).toBeCloseTo(1e9 / result.clock.frequencyHz, 6)
    expect(result.clock.readCostNs).toBeGreaterThan(0)
    const res = result.timerResolution
    // NtQueryTimerResolution: coarsest (first) >= current >= finest > 0
    expect(res.finestMs).toBeGreaterThan(0)
    expect(res.coarsestMs).toBeGreaterThanOrEqual(res.currentMs)
    expect(res.currentMs).toBeGreaterThanOrEqual(res.finestMs)

    const [timerLoop, sleepLoop] = result.loops
    expect(timerLoop.backend).toMatch(/^windows-(high-resolution|waitable)-timer$/)
    expect(timerLoop.n).toBe(50)
    expect(sleepLoop.backend).toBe('windows-sleep-1')
    expect(sleepLoop.n).toBeGreaterThanOrEqual(1)
    for (const loop of result.loops) {
      for (const value of loop.latencies) expect(Number.isFinite(value)).toBe(true)
      for (let i = 1; i < loop.n; i++) expect(loop.wake[i]).toBeGreaterThan(loop.wake[i - 1])
    }
    // 52 waits of 1 ms each (2 warm-up) take at least ~50 ms
    expect(timerLoop.wake[49] - timerLoop.wake[0]).toBeGreaterThan(45e6)
    expect(result.sleepMs).toBeGreaterThan(10)
  }, 180_000)
})
