// The Windows backend for real, on Windows Node under Wine: resolution values, QPC frequency,
// and the waitable-timer and Sleep(1) loops producing samples. Wine's timers are not
// Windows', so only sanity and consistency are asserted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileForWine, runUnderWine } from '../helpers/wine-harness.js'
import { wineSuite } from '../helpers/gates.js'

const { describe: describeWine } = wineSuite('the Windows timer backend')

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
    const build = join(work, 'build')
    compileForWine(build, ['src/timer/windows.ts'])
    writeFileSync(join(build, 'probe.mjs'), probeScript)

    const run = runUnderWine(join(build, 'probe.mjs'), [], { cwd: build, timeoutMs: 150_000 })
    expect({ status: run.status, stderr: run.stderr.slice(0, 500) }).toEqual({
      status: 0,
      stderr: expect.any(String)
    })
    const result = JSON.parse(run.stdout.trim().split(/\r?\n/).pop()!)

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
