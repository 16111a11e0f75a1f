// The timer stage's orchestration with a fake backend producing synthetic latencies, so every
// metric and output has a known answer.
import { measureTimersWith, summarizeSleeps } from '../../src/timer/index.js'
import type { TimerBackend, WakeupLoopDriver } from '../../src/timer/backend.js'
import type { TimerInputs } from '../../src/inputs.js'
import { runContext } from '../helpers/run-context.js'

// Not linux: the fake run must not read this machine's /proc.
const ctx = runContext({ platform: 'win32', arch: 'x64' })
const inputs: TimerInputs = {
  samples: 300,
  trials: 3,
  intervalUs: 1000,
  sleepSamples: 5,
  goProbe: false
}

/** Trial t (1-based) yields 1..300 + 10(t-1); trial 3 also has one 5000 us spike at index 299. */
function syntheticLoop(): WakeupLoopDriver & { calls: number[] } {
  let trial = 0
  const calls: number[] = []
  return {
    backend: 'fake-primary',
    intervalUs: 1000,
    calls,
    run(count, warmup, _budgetMs, latenciesUs, wakeNs) {
      trial++
      calls.push(warmup)
      for (let i = 0; i < count; i++) {
        latenciesUs[i] = i + 1 + 10 * (trial - 1)
        wakeNs[i] = (trial * 1000 + i) * 1e6
      }
      if (trial === 3) latenciesUs[count - 1] = 5000
      return count
    }
  }
}

function fakeBackend(overrides: Partial<TimerBackend> = {}): TimerBackend & { closed: boolean } {
  const sleeps = [101, 102, 99, 100, 103]
  const backend = {
    closed: false,
    clock: { name: 'fake-clock', resolutionNs: 100, readCostNs: 50 },
    timerResolution: { coarsestMs: 15.625, finestMs: 0.5, currentMs: 15.625 },
    loops: [syntheticLoop()],
    notes: ['fake note'],
    nowNs: () => 0,
    sleepSource: 'fake-sleep',
    sleepMs: () => sleeps.shift() ?? 100,
    close() {
      backend.closed = true
    },
    ...overrides
  }
  return backend
}

describe('measureTimersWith a synthetic backend', () => {
  test('metrics, outputs and details carry the known answers', async () => {
    const backend = fakeBackend()
    const m = await measureTimersWith(() => backend, inputs, undefined, ctx)
    expect(backend.closed).toBe(true)
    expect(m.check.status).toBe('pass')
    expect(m.check.id).toBe('timer')

    const metric = (id: string) => m.metrics.find(x => x.id === id)
    const p99 = metric('wake-p99')
    // each trial's p99 = x[296] + 0.01 × (x[297] - x[296]) = 297.01 + shift
    expect(p99?.trials.map(v => Math.round(v * 100) / 100)).toEqual([297.01, 307.01, 317.01])
    expect(p99?.value).toBeCloseTo(307.01, 8)
    expect(p99?.source).toBe('fake-primary')
    expect(metric('sleep-deviation-pct')).toMatchObject({
      value: 1,
      trials: [1, 2, -1, 0, 3],
      unit: '%'
    })
    expect(metric('timer-resolution')).toMatchObject({ value: 15.625, unit: 'ms' })
    expect(metric('cpu-throttled-pct')).toBeUndefined()

    expect(m.outputs).toEqual({
      'timer-p50-us': '160.5',
      'timer-p99-us': '307', // 307.01 to one decimal
      'timer-max-us': '5000',
      'sleep-deviation-pct': '1',
      'timer-resolution-ms': '15.625'
    })

    const details = m.check.details!
    const loop = details.loops[0]
    expect(loop.trials).toHaveLength(3)
    expect(loop.aggregate.count).toBe(900)
    expect(loop.trialSpread.p50).toEqual([150.5, 170.5])
    // pooled median 160.5 and MAD well under 125 → threshold 160.5 + 1000: only the spike
    expect(loop.outliers).toEqual([
      { backend: 'fake-primary', trial: 3, index: 299, offsetMs: 3299, valueUs: 5000 }
    ])
    expect(loop.histogram.reduce((n, b) => n + b.count, 0)).toBe(900)
    expect(details.sleep).toEqual({
      targetMs: 100,
      samplesMs: [101, 102, 99, 100, 103],
      meanPct: 1,
      worstPct: 3
    })
    expect(details.goProbe).toEqual({ status: 'skipped', reason: 'go-probe is false', results: [] })
    expect(details.cpu.notes).toEqual([
      'CPU quota, throttling and steal time are read on Linux only.'
    ])
    expect(details.notes).toEqual(['fake note'])
    expect(m.check.summary).toBe(
      'Wake-up p50 161 us, p99 307 us (fake-primary, 1 ms interval); 100 ms sleep +1%; timer resolution 15.625 ms'
    )
  })

  test('secondary loops run one trial with their own budget and a short warm-up', async () => {
    const primary = syntheticLoop()
    let budget = 0
    const secondary: WakeupLoopDriver = {
      backend: 'fake-sleep-1',
      intervalUs: 1000,
      secondaryBudgetMs: 1000,
      run(_count, _warmup, budgetMs, latenciesUs, wakeNs) {
        budget = budgetMs
        for (let i = 0; i < 20; i++) {
          latenciesUs[i] = 14625
          wakeNs[i] = i * 15.625e6
        }
        return 20
      }
    }
    const m = await measureTimersWith(
      () => fakeBackend({ loops: [primary, secondary] }),
      inputs,
      undefined,
      ctx
    )
    const loops = m.check.details!.loops
    expect(primary.calls).toEqual([10, 10, 10])
    expect(budget).toBe(1000)
    expect(loops[1].trials).toHaveLength(1)
    expect(loops[1].aggregate.count).toBe(20)
    expect(loops[1].aggregate.p99).toBeNull()
    expect(loops[1].note).toBeUndefined()
  })

  test('short primary trials: pooled p99, a note, and the budget named', async () => {
    const short: WakeupLoopDriver = {
      backend: 'fake-short',
      intervalUs: 1000,
      run(_count, _warmup, _budgetMs, latenciesUs, wakeNs) {
        for (let i = 0; i < 100; i++) {
          latenciesUs[i] = i + 1
          wakeNs[i] = i * 1e6
        }
        return 100
      }
    }
    const m = await measureTimersWith(() => fakeBackend({ loops: [short] }), inputs, undefined, ctx)
    const p99 = m.metrics.find(x => x.id === 'wake-p99')
    expect(p99?.trials).toEqual([])
    expect(p99?.aggregation).toBe(
      'one p99 of all 300 samples pooled from 3 trials, none of which measured its own p99: every ' +
        'trial ended with fewer than the 299 samples a p99 needs (trial 1: 100 samples, ' +
        'trial 2: 100 samples, trial 3: 100 samples)'
    )
    expect(m.check.details!.loops[0].note).toBe(
      'Stopped by the 600 ms budget before 300 samples (trial 1: 100, trial 2: 100, trial 3: 100).'
    )
  })

  test('one trial ending short is left out: the rule counts the two trials measured', async () => {
    let trial = 0
    const oneShort: WakeupLoopDriver = {
      backend: 'fake-one-short',
      intervalUs: 1000,
      run(count, _warmup, _budgetMs, latenciesUs, wakeNs) {
        trial++
        const n = trial === 2 ? 220 : count
        for (let i = 0; i < n; i++) {
          latenciesUs[i] = trial === 2 ? 9000 : i + 1
          wakeNs[i] = (trial * 1000 + i) * 1e6
        }
        return n
      }
    }
    const m = await measureTimersWith(
      () => fakeBackend({ loops: [oneShort] }),
      inputs,
      undefined,
      ctx
    )
    const p99 = m.metrics.find(x => x.id === 'wake-p99')
    // trials 1 and 3: 1..300, p99 297.01; trial 2's 220 samples of 9 ms are not a p99
    expect(p99?.trials.map(v => Math.round(v * 100) / 100)).toEqual([297.01, 297.01])
    expect(p99?.aggregation).toBe(
      "median of 2 trials' p99; 1 of 3 trials ended with fewer than the 299 samples a p99 " +
        'needs (trial 2: 220 samples) and are not counted'
    )
    const loop = m.check.details!.loops[0]
    expect(loop.aggregate.p99).toBeCloseTo(297.01, 8)
    expect(loop.trialSpread.p99?.map(v => Math.round(v * 100) / 100)).toEqual([297.01, 297.01])
    expect(m.outputs['timer-p99-us']).toBe('297')
    expect(loop.note).toMatch(/^Stopped by the 600 ms budget before 300 samples \(trial 2: 220\)\./)
  })

  test('no sleeps: no sleep metric, empty output, a note', async () => {
    const m = await measureTimersWith(
      () => fakeBackend(),
      { ...inputs, sleepSamples: 0 },
      undefined,
      ctx
    )
    expect(m.metrics.map(x => x.id)).not.toContain('sleep-deviation-pct')
    expect(m.outputs['sleep-deviation-pct']).toBe('')
    expect(m.check.details!.notes).toContain(
      'sleep-samples is 0: the 100 ms sleep test did not run.'
    )
  })

  test('a backend that cannot open gives unknown with the reason', async () => {
    const m = await measureTimersWith(
      () => {
        throw new Error('no koffi binary for sunos-x64')
      },
      inputs,
      undefined,
      ctx
    )
    expect(m.check.status).toBe('unknown')
    expect(m.check.summary).toBe('No native timer backend could run: no koffi binary for sunos-x64')
    expect(m.metrics).toEqual([])
    expect(Object.values(m.outputs).every(v => v === '')).toBe(true)
  })

  test('a loop that fails mid-run gives unknown and still closes the backend', async () => {
    const failing: WakeupLoopDriver = {
      backend: 'fake-failing',
      intervalUs: 1000,
      run() {
        throw new Error('clock_nanosleep failed with error 22')
      }
    }
    const backend = fakeBackend({ loops: [failing] })
    const m = await measureTimersWith(() => backend, inputs, undefined, ctx)
    expect(m.check.status).toBe('unknown')
    expect(m.check.summary).toBe(
      'The native timer measurement failed: clock_nanosleep failed with error 22'
    )
    expect(backend.closed).toBe(true)
  })
})

describe('summarizeSleeps', () => {
  test('worst keeps its sign', () => {
    expect(summarizeSleeps([95, 101])).toEqual({
      targetMs: 100,
      samplesMs: [95, 101],
      meanPct: -2,
      worstPct: -5
    })
  })
})
