// The real Linux backend through koffi: sane, internally consistent results, never exact timings.
import { tmpdir } from 'node:os'
import { openLinuxBackend } from '../../src/timer/linux.js'
import { runContext } from '../helpers/run-context.js'
import { measureTimers } from '../../src/timer/index.js'
import { readCpuSnapshot } from '../../src/timer/cpu-context.js'

const notLinux =
  process.platform === 'linux' ? undefined : `this host is ${process.platform}, not Linux`
const inCI = process.env.CI === 'true'
if (notLinux && !inCI) console.log(`Skipping the Linux timer backend: ${notLinux}`)
const describeLinux = notLinux && !inCI ? describe.skip : describe

describeLinux('Linux timer backend (koffi, libc)', () => {
  test('clock facts and a wake-up loop of the requested size', () => {
    expect(notLinux).toBeUndefined()
    const backend = openLinuxBackend(1000)
    try {
      expect(backend.clock.name).toBe('CLOCK_MONOTONIC')
      expect(backend.clock.resolutionNs).toBeGreaterThan(0)
      expect(backend.clock.readCostNs).toBeGreaterThan(0)
      expect(backend.timerSlackNs).toBeGreaterThanOrEqual(1)
      expect(backend.loops.map(l => l.backend)).toEqual(['linux-clock_nanosleep'])

      const latencies = new Float64Array(50)
      const wakeNs = new Float64Array(50)
      const before = backend.nowNs()
      const count = backend.loops[0].run(50, 5, 10_000, latencies, wakeNs)
      const after = backend.nowNs()
      expect(count).toBe(50)
      // absolute deadlines: a wake-up is never early
      expect(Math.min(...latencies)).toBeGreaterThanOrEqual(0)
      for (let i = 1; i < count; i++) expect(wakeNs[i]).toBeGreaterThan(wakeNs[i - 1])
      expect(wakeNs[0]).toBeGreaterThan(before)
      expect(wakeNs[count - 1]).toBeLessThanOrEqual(after)
      // 55 deadlines 1 ms apart cannot pass in less than 54 ms
      expect(after - before).toBeGreaterThanOrEqual(54e6)

      const slept = backend.sleepMs(20)
      expect(slept).toBeGreaterThanOrEqual(20)
    } finally {
      backend.close()
    }
  })

  test('the budget stops a loop early but keeps at least one sample', () => {
    const backend = openLinuxBackend(2000)
    const count = backend.loops[0].run(1000, 0, 10, new Float64Array(1000), new Float64Array(1000))
    backend.close()
    expect(count).toBeGreaterThanOrEqual(1)
    expect(count).toBeLessThan(1000)
  })

  test('measureTimers end to end: consistent statistics, metrics and outputs', async () => {
    const ctx = runContext({
      platform: 'linux',
      runnerTemp: tmpdir(),
      toolCache: tmpdir(),
      workspace: tmpdir(),
      env: process.env
    })
    const m = await measureTimers(
      { samples: 300, trials: 2, intervalUs: 500, sleepSamples: 2, goProbe: false },
      undefined,
      ctx
    )
    expect(m.check.status).toBe('pass')
    const details = m.check.details!
    const loop = details.loops[0]
    expect(loop.trials.map(t => t.count)).toEqual([300, 300])
    for (const stats of [...loop.trials, loop.aggregate]) {
      expect(stats.min).toBeGreaterThanOrEqual(0)
      expect(stats.min).toBeLessThanOrEqual(stats.median)
      expect(stats.median).toBeLessThanOrEqual(stats.p90)
      expect(stats.p90).toBeLessThanOrEqual(stats.p95)
      expect(stats.p95).toBeLessThanOrEqual(stats.p99!)
      expect(stats.p99!).toBeLessThanOrEqual(stats.max)
    }
    expect(loop.histogram.reduce((n, b) => n + b.count, 0)).toBe(600)
    for (const outlier of loop.outliers) {
      expect(outlier.offsetMs).toBeGreaterThan(0)
      expect(outlier.offsetMs).toBeLessThan(details.stageMs)
    }
    expect(details.sleep.samplesMs).toHaveLength(2)
    expect(Math.min(...details.sleep.samplesMs)).toBeGreaterThanOrEqual(100)
    expect(details.cpu.stealPct).toBeGreaterThanOrEqual(0)
    expect(details.goProbe.status).toBe('skipped')
    expect(m.metrics.map(x => x.id)).toEqual(
      expect.arrayContaining(['sleep-deviation-pct', 'wake-p99', 'timer-resolution'])
    )
    expect(Number(m.outputs['timer-p50-us'])).toBeCloseTo(loop.aggregate.median, 1)
    expect(Number(m.outputs['timer-p99-us'])).toBeLessThanOrEqual(Number(m.outputs['timer-max-us']))
    expect(Number(m.outputs['timer-resolution-ms'])).toBeGreaterThan(0)
  })

  test("this machine's /proc and cgroup files read without error notes", () => {
    const snapshot = readCpuSnapshot()
    expect(snapshot.notes).toEqual([])
    expect(snapshot.procStat?.total).toBeGreaterThan(0)
  })
})
