// Test needs: the embedded analyzer built with a real Go and run on bench/timing-corpus (whose
// labels come from measured fail rates, not from this analyzer), and the pure risk model.
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { RunContext } from '../../../src/context.js'
import type { GoToolchain } from '../../../src/go/types.js'
import type { LatencyStats } from '../../../src/timer/types.js'
import { runAnalyzer, type AnalyzerOutput } from '../../../src/checks/endangered/analyzer.js'
import { scanEndangeredTests } from '../../../src/checks/endangered/index.js'
import {
  EXPOSURE,
  exposureOf,
  judgeNeed,
  latenessOf,
  phaseChance,
  runChance,
  throttleChance
} from '../../../src/policy/needs.js'
import { decide, defaultThresholds } from '../../../src/policy/index.js'

const GO_BINARY = '/usr/lib/go-1.19/bin/go'
const haveGo = existsSync(GO_BINARY)
if (!haveGo && process.env.CI !== 'true') {
  console.log(`endangered-needs: corpus scan skipped, ${GO_BINARY} is missing (golang-1.19-go)`)
}
const describeWithGo = haveGo || process.env.CI === 'true' ? describe : describe.skip
const go: GoToolchain = {
  goBinary: GO_BINARY,
  goRoot: '/usr/lib/go-1.19',
  version: 'go1.19',
  source: 'path'
}
const CORPUS = resolve('bench/timing-corpus')

function trial(p99: number | null, max: number, count = 300, median = 90, p90 = 120): LatencyStats {
  return {
    count,
    min: 50,
    mean: 100,
    median,
    p90,
    p95: 150,
    p99,
    p999: null,
    max,
    stddev: 10,
    madScaled: 10
  }
}

describeWithGo('analyzer test needs on bench/timing-corpus', () => {
  let runnerTemp: string
  let output: AnalyzerOutput
  let ctx: RunContext
  const files = readdirSync(CORPUS, { withFileTypes: true })
    .filter(d => d.isDirectory())
    .flatMap(d =>
      readdirSync(join(CORPUS, d.name))
        .filter(f => f.endsWith('_test.go'))
        .map(f => join(CORPUS, d.name, f))
    )

  beforeAll(async () => {
    if (!haveGo) throw new Error(`CI=true but ${GO_BINARY} is missing`)
    runnerTemp = mkdtempSync(join(tmpdir(), 'endangered-needs-'))
    ctx = {
      platform: process.platform,
      arch: process.arch,
      runnerTemp,
      toolCache: runnerTemp,
      workspace: CORPUS,
      env: { ...process.env, GOCACHE: join(runnerTemp, 'gocache') }
    }
    output = await runAnalyzer(go, files, ctx)
  }, 300_000)
  afterAll(() => {
    if (runnerTemp) rmSync(runnerTemp, { recursive: true, force: true })
  })

  const test = (pkg: string, name: string) => {
    const found = output.tests.find(t => t.name === name && t.file.includes(`/${pkg}/`))
    if (!found) throw new Error(`${pkg}.${name} not reported`)
    return found
  }
  const thinnest = (pkg: string, name: string) => {
    const needs = test(pkg, name).needs
    return needs.length === 0
      ? undefined
      : [needs[0].kind, needs[0].line, needs[0].wait, needs[0].marginNs / 1e6]
  }

  it('reports every Test function of the corpus', () => {
    expect(output.errors).toEqual([])
    expect(output.tests).toHaveLength(39)
  })

  it('finds the margin of each wait against the bound it races', () => {
    expect(thinnest('margins', 'TestSleepMargin20ms')).toEqual([
      'elapsed',
      12,
      'time.Sleep(200 * time.Millisecond)',
      20
    ])
    expect(thinnest('margins', 'TestTimerMargin40ms')?.slice(0, 1).concat([40])).toEqual([
      'elapsed',
      40
    ])
    expect(thinnest('ttlcache', 'TestEntryPresentNearTTL')?.[0]).toBe('ttl')
    expect(thinnest('ttlcache', 'TestEntryPresentNearTTL')?.[3]).toBe(20)
    expect(thinnest('ttlcache', 'TestJanitorEvictsAfterTTL')?.[0]).toBe('ttl-eviction')
    expect(thinnest('ttlcache', 'TestJanitorEvictsAfterTTL')?.[3]).toBe(80)
    expect(thinnest('tickers', 'TestTickerCountInWindow')?.[3]).toBe(30)
    expect(thinnest('deadlines', 'TestWorkBeatsDeadline')?.[3]).toBe(60)
    expect(thinnest('background', 'TestWorkerDoneTight')).toEqual([
      'background',
      31,
      'startWorker(180*time.Millisecond, &done)',
      20
    ])
  })

  it('sees waits through clock wrappers, helpers, struct fields and Reset', () => {
    expect(thinnest('clockwrap', 'TestClockAfterMargin')?.[2]).toBe(
      'clk.After(150 * time.Millisecond)'
    )
    expect(thinnest('clockwrap', 'TestNewSleepMargin')?.[2]).toBe(
      'New().Sleep(200 * time.Millisecond)'
    )
    expect(thinnest('clockwrap', 'TestWaitForHelperMargin')?.[3]).toBe(50)
    expect(thinnest('clockwrap', 'TestPollerIntervalMargin')?.[2]).toBe(
      'NewPoller(New(), 120*time.Millisecond)'
    )
    expect(thinnest('reset', 'TestTimerResetMargin')?.[2]).toBe(
      'timer.Reset(100 * time.Millisecond)'
    )
    expect(thinnest('reset', 'TestTimerResetBeatsTimeout')?.slice(0, 1)).toEqual(['timeout'])
    expect(thinnest('tickers', 'TestTickerResetCount')?.[2]).toBe(
      'ticker.Reset(20 * time.Millisecond)'
    )
  })

  it("gives each need its test's shortest repeating wait: a ticker, a janitor of the module", () => {
    const periodic = (pkg: string, name: string) =>
      test(pkg, name).needs.map(n => n.periodicNs / 1e6)
    expect(periodic('tickers', 'TestTickerCountInWindow')).toEqual([10])
    expect(periodic('tickers', 'TestTickerResetCount')).toEqual([20]) // the ticker as Reset
    // New(ttl, interval) starts a goroutine whose ticker runs on the interval
    expect(periodic('ttlcache', 'TestEntryPresentNearTTL')).toEqual([5, 5])
    expect(periodic('ttlcache', 'TestJanitorEvictsAfterTTL')).toEqual([20])
    expect(periodic('margins', 'TestAfterMargin30ms')).toEqual([0])
    expect(periodic('clockwrap', 'TestClockAfterMargin')).toEqual([0])
  })

  it('classifies waits whose lateness cannot fail the test, and gives them no need', () => {
    const reasons = (pkg: string, name: string) => {
      const t = test(pkg, name)
      expect(t.needs).toEqual([])
      return t.safe.map(s => s.reason)
    }
    expect(reasons('safe', 'TestAbsenceAfterStop')).toContain('absence check')
    expect(reasons('safe', 'TestAbsenceOfMessage')).toEqual(['absence check'])
    expect(reasons('safe', 'TestYieldUntilDone')).toContain('yield')
    expect(reasons('safe', 'TestLockHoldTime')).toEqual(['hold time'])
    expect(reasons('safe', 'TestHangGuardSelect')).toEqual(['margin of seconds'])
    expect(reasons('safe', 'TestSleepLowerBound')).toEqual(['lower bound'])
    expect(reasons('ttlcache', 'TestLazyExpiryOnRead')).toContain('expiry checked on read')
    expect(reasons('clockwrap', 'TestFakeClockAfter')).toContain('fake clock')
    expect(reasons('clockwrap', 'TestFakeClockPoller')).toContain('fake clock')
    expect(reasons('deadlines', 'TestWorkWithHangGuard')).toEqual(['margin of seconds'])
    expect(reasons('margins', 'TestSleepMarginSeconds')).toEqual(['margin of seconds'])
  })

  it('a throttled runner fails the scan at the lines of the waits that end in its stops', async () => {
    // 0.2 CPU + hog, as the bench measured it: every trial short, pooled p99 70 ms, max 83 ms,
    // throttled in 97% of the 100 ms periods.
    const short = [trial(null, 66_000, 140), trial(null, 83_000, 150)]
    const result = await scanEndangeredTests(
      {
        testPaths: ['./...'],
        workingDirectory: '.',
        go,
        environment: 'vm',
        wakeLimitUs: 5000,
        trials: short,
        pooled: trial(70_000, 83_000, 290),
        cpu: { notes: [], quotaUs: 20_000, periodUs: 100_000, throttledPct: 97 }
      },
      ctx
    )
    expect(result.status).toBe('fail')
    const broken = result.findings.filter(f => f.severity === 'error')
    const at = (file: string) =>
      broken
        .filter(f => f.file === file)
        .map(f => f.line)
        .sort((a, b) => (a ?? 0) - (b ?? 0))
    // The 10 and 20 ms tick counts lose more than their margin in one stop that holds their
    // reader; a 130 ms wait before a 150 ms TTL ends in the stop, and a 5 ms janitor keeps
    // drawing the test's CPU time. The 150 and 120 ms waits that end in the stop too belong to
    // tests woken only by their own waits: 3% of them reach one, possible, not annotated; the
    // 25 ms tick count loses 2 or 3 ticks per stop, and 3 break it: 18%, possible.
    expect(at('margins/margins_test.go')).toEqual([])
    expect(at('clockwrap/clock_test.go')).toEqual([])
    expect(at('tickers/tickers_test.go')).toEqual([25, 45])
    expect(at('ttlcache/cache_test.go')).toEqual([25])
    expect(result.details?.needs?.find(n => n.test === 'TestAfterMargin30ms')?.risk).toBe(
      'possible'
    )
    expect(result.details?.needs?.find(n => n.test === 'TestTickerCountLooser')?.risk).toBe(
      'possible'
    )
    // 200 and 100 ms waits end where they started, in the running part: possible, not annotated.
    const need20 = result.details?.needs?.find(n => n.test === 'TestSleepMargin20ms')
    expect(need20?.risk).toBe('possible')
    expect(need20?.chance).toBeCloseTo(0.01, 10)
    const nearTtl = broken.find(f => f.file === 'ttlcache/cache_test.go')
    expect(nearTtl?.message).toBe(
      'TestEntryPresentNearTTL: time.Sleep(130 * time.Millisecond) has 20 ms of margin against ' +
        'the TTL (c.SetTTL(150 * time.Millisecond)); this runner wakes it later than that in ' +
        '1 run in 5 or more.'
    )
    // The measured lateness stays in the report, not in the annotation (it moves run to run).
    const needTtl = result.details?.needs?.find(n => n.test === 'TestEntryPresentNearTTL')
    expect(needTtl?.rule).toBe(
      'likely broken, 24% chance per run: p99 over the margin in 1 of 1 trials measured ' +
        '(median p99 70 ms), max 83 ms; throttled in 97% of 100 ms periods with a 20 ms quota, ' +
        '25% of them reaching a test with a repeating wait: 24% chance that the wait ends later ' +
        'than the margin'
    )
    expect(result.findings.some(f => f.file?.startsWith('safe/'))).toBe(false)
    const decision = decide({
      environment: 'vm',
      table: defaultThresholds(),
      metrics: [
        {
          id: 'wake-p99',
          unit: 'us',
          value: 70_000,
          trials: [70_000],
          aggregation: 'pooled',
          source: 'test'
        }
      ],
      checks: [result],
      mode: 'enforce',
      failOn: 'error'
    })
    expect(decision.verdict).toBe('fail')
    expect(decision.reasons[0]).toMatch(/^endangered-tests failed: 3 tests need margins/)
    expect(decision.reasons).toContainEqual(
      expect.stringMatching(/^wake-p99 over the vm limit, which only informs/)
    )
  }, 120_000)

  it('fails when no need is likely alone but the tests together are likely to break one', async () => {
    // 0.6 CPU throttled in 60% of periods: the 10 ms tick count 18% (both stops must hold its
    // reader, 0.6 × 70% each), the 130 ms wait before its TTL 5% (0.6 × 25% × a third of the
    // phases), the 150 ms wait with 30 ms of margin 0.3%: together 22%.
    const trials = [trial(5000, 40_000), trial(4000, 38_000), trial(6000, 40_000)]
    const result = await scanEndangeredTests(
      {
        testPaths: ['./...'],
        workingDirectory: '.',
        go,
        environment: 'vm',
        wakeLimitUs: 5000,
        trials,
        cpu: { notes: [], quotaUs: 60_000, periodUs: 100_000, throttledPct: 60 }
      },
      ctx
    )
    expect(result.details?.needs?.filter(n => n.risk === 'likely')).toEqual([])
    expect(result.findings).toEqual([])
    expect(result.status).toBe('fail')
    expect(result.summary).toMatch(
      /^\d+ tests need margins this runner possibly breaks, listed in the report \(thinnest 20 ms in \w+\): together a 22% chance that one breaks in a run/
    )
    // 62% throttled: 19%, 5.2% and 0.3%, together 23%; 55%: 15%, 4.6% and 0.3%, 19%: a warning
    const at = async (throttledPct: number) =>
      (
        await scanEndangeredTests(
          {
            testPaths: ['./...'],
            workingDirectory: '.',
            go,
            environment: 'vm',
            wakeLimitUs: 5000,
            trials,
            cpu: { notes: [], quotaUs: 60_000, periodUs: 100_000, throttledPct }
          },
          ctx
        )
      ).status
    expect(await at(62)).toBe('fail')
    expect(await at(55)).toBe('warn')
  }, 120_000)

  it('an idle runner whose p99 tops a margin only warns: 1% of wake-ups is not a likely break', async () => {
    const trials = [trial(31_000, 66_000), trial(45_000, 70_000), trial(60_000, 81_000)]
    const result = await scanEndangeredTests(
      {
        testPaths: ['./...'],
        workingDirectory: '.',
        go,
        environment: 'vm',
        wakeLimitUs: 5000,
        trials
      },
      ctx
    )
    expect(result.status).toBe('warn')
    expect(result.findings.filter(f => f.severity === 'error')).toEqual([])
    expect(result.summary).toMatch(
      /^\d+ tests need margins this runner possibly breaks, listed in the report/
    )
  }, 120_000)

  it('passes a slow runner when no test needs better, and says so', async () => {
    // p99 8 ms, max 15 ms: slower than the vm row's 5 ms, under every margin of the corpus (20 ms+)
    const trials = [trial(8000, 15_000), trial(7000, 12_000), trial(9000, 14_000)]
    const result = await scanEndangeredTests(
      {
        testPaths: ['./...'],
        workingDirectory: '.',
        go,
        environment: 'vm',
        wakeLimitUs: 5000,
        trials
      },
      ctx
    )
    expect(result.status).toBe('pass')
    expect(result.findings).toEqual([])
    expect(result.summary).toMatch(
      /^No test of this repository needs a margin this runner would break \(thinnest 20 ms in /
    )
    const decision = decide({
      environment: 'vm',
      table: defaultThresholds(),
      metrics: [
        {
          id: 'wake-p99',
          unit: 'us',
          value: 8000,
          trials: [8000, 7000, 9000],
          aggregation: 'median',
          source: 'test'
        }
      ],
      checks: [result],
      mode: 'enforce',
      failOn: 'error'
    })
    expect(decision.verdict).toBe('pass')
    expect(decision.reasons).toContainEqual(
      expect.stringMatching(/^wake-p99 over the vm limit, which only informs/)
    )
  }, 120_000)
})

describe('judgeNeed', () => {
  const elapsed = (waitMs: number, marginMs: number, periodicMs = 0) => ({
    kind: 'elapsed',
    waitUs: waitMs * 1000,
    boundUs: (waitMs + marginMs) * 1000,
    marginUs: marginMs * 1000,
    periodicUs: periodicMs * 1000
  })
  const lateness = latenessOf([
    trial(10_000, 30_000),
    trial(25_000, 40_000),
    trial(12_000, 90_000)
  ])!

  it('measured lateness: the share of wake-ups later than the margin, median trial', () => {
    // p99 over 11 ms in 2 of 3 trials: 1% of wake-ups, possible
    expect(judgeNeed(elapsed(100, 11), lateness)).toEqual({
      risk: 'possible',
      chance: 0.01,
      rule: 'possibly broken, 1% chance per run: p99 over the margin in 2 of 3 trials measured (median p99 12 ms), max 90 ms'
    })
    // median over the margin in 2 of 3 trials: half of the wake-ups, likely
    const slow = latenessOf([
      trial(40_000, 50_000, 300, 25_000, 30_000),
      trial(40_000, 50_000, 300, 22_000, 30_000),
      trial(40_000, 50_000, 300, 5_000, 30_000)
    ])!
    expect(judgeNeed(elapsed(100, 20), slow)).toMatchObject({ risk: 'likely', chance: 0.5 })
    // p90 over it in all: a tenth, possible
    expect(judgeNeed(elapsed(100, 28), slow)).toMatchObject({ risk: 'possible', chance: 0.1 })
  })

  it('possible when only some trial max exceeds it; unlikely beyond every max', () => {
    expect(judgeNeed(elapsed(100, 26), lateness)).toMatchObject({ risk: 'possible', chance: 0 })
    expect(judgeNeed(elapsed(100, 89), lateness).risk).toBe('possible')
    expect(judgeNeed(elapsed(100, 90), lateness).risk).toBe('unlikely')
  })

  it('throttling: where in the period the wait ends, from a start in the running part', () => {
    const at02 = { quotaUs: 20_000, periodUs: 100_000, throttledPct: 90 }
    const at06 = { ...at02, quotaUs: 60_000 }
    // 0.2 CPU: starts in [0, 20) ms of a period
    expect(phaseChance(200_000, 20_000, at02)).toBe(0) // ends in [0, 20): running
    expect(phaseChance(150_000, 30_000, at02)).toBe(1) // ends in [50, 70): late 30 to 50 ms
    expect(phaseChance(150_000, 40_000, at02)).toBe(0.5) // late over 40 ms when it ends before 60
    expect(phaseChance(80_000, 20_000, at02)).toBe(0) // ends in [80, 100): late under 20 ms
    expect(phaseChance(120_000, 80_000, at02)).toBe(0) // a margin as long as the stop
    // 0.6 CPU: starts in [0, 60), 40 ms stops
    expect(phaseChance(150_000, 30_000, at06)).toBeCloseTo(10 / 60, 10) // ends in [60, 70)
    expect(phaseChance(130_000, 20_000, at06)).toBeCloseTo(20 / 60, 10) // ends in [60, 80)
    expect(phaseChance(170_000, 10_000, at06)).toBeCloseTo(20 / 60, 10) // [70, 90); [100, 130) runs
    expect(phaseChance(10_000, 5000, { ...at02, quotaUs: 200_000 })).toBe(0) // no stop
    // times the share of periods throttled and the exposure of the wake-up: a test woken only
    // by its own waits runs on the slack its CPU kept, one with a repeating wait less often
    expect(throttleChance(elapsed(150, 40), at02)).toBeCloseTo(0.9 * EXPOSURE.quiet * 0.5, 10)
    expect(throttleChance(elapsed(150, 40, 5), at02)).toBeCloseTo(0.9 * EXPOSURE.periodic * 0.5, 10)
    // a repeating wait of a period or more wakes the test no more than its own waits do
    expect(throttleChance(elapsed(150, 40, 150), at02)).toBeCloseTo(0.9 * EXPOSURE.quiet * 0.5, 10)
    const eviction = {
      kind: 'ttl-eviction',
      waitUs: 170_000,
      boundUs: 120_000,
      marginUs: 50_000,
      periodicUs: 20_000
    }
    // the janitor's run due at 120 ms ends in [20, 40): late 60-80 ms
    expect(throttleChance(eviction, at02)).toBeCloseTo(0.9 * EXPOSURE.periodic, 10)
  })

  it('exposure: by how often the wake-up that decides the need comes', () => {
    const throttle = { quotaUs: 20_000, periodUs: 100_000, throttledPct: 90 }
    const ticker = (periodMs: number) => ({
      kind: 'ticker-count',
      waitUs: periodMs * 1000,
      boundUs: 8 * periodMs * 1000,
      marginUs: periodMs * 2000,
      periodicUs: periodMs * 1000
    })
    expect(exposureOf(ticker(10), throttle)).toBe(EXPOSURE.frequent) // 10 reads a period
    expect(exposureOf(ticker(11), throttle)).toBe(EXPOSURE.periodic)
    expect(exposureOf(ticker(20), throttle)).toBe(EXPOSURE.periodic)
    // a 5 ms janitor wakes the process often, but not the thread that sleeps before the read
    expect(exposureOf(elapsed(130, 20, 5), throttle)).toBe(EXPOSURE.periodic)
    expect(exposureOf(elapsed(130, 20), throttle)).toBe(EXPOSURE.quiet)
  })

  it('throttling: a ticker count loses a stop minus one tick per stop in its window', () => {
    const at02 = { quotaUs: 20_000, periodUs: 100_000, throttledPct: 90 }
    const at06 = { ...at02, quotaUs: 60_000 }
    const count = (periodMs: number, wanted: number, windowMs: number) => ({
      kind: 'ticker-count',
      waitUs: periodMs * 1000,
      boundUs: wanted * periodMs * 1000,
      marginUs: (windowMs - wanted * periodMs) * 1000,
      periodicUs: periodMs * 1000
    })
    const frequent = 0.9 * EXPOSURE.frequent
    const periodic = 0.9 * EXPOSURE.periodic
    // 17 of 20 ticks of 10 ms in 200 ms, 2 stops: at 0.2 a stop makes 8 due and loses 7, more
    // than the 3 the margin holds: one stop held is enough
    expect(throttleChance(count(10, 17, 200), at02)).toBeCloseTo(1 - (1 - frequent) ** 2, 10)
    // at 0.6 a 40 ms stop loses 3 ticks, not more than 3: both stops must hold the reader
    expect(throttleChance(count(10, 17, 200), at06)).toBeCloseTo(frequent ** 2, 10)
    // 8 of 10 ticks of 20 ms at 0.2: 3 lost per stop, 3 too many
    expect(throttleChance(count(20, 8, 200), at02)).toBeCloseTo(1 - (1 - periodic) ** 2, 10)
    // 8 of 10 ticks of 25 ms in 250 ms: 3.2 due per stop (2 lost, or 3 in a fifth of the
    // stops), 2 or 3 stops in the window (half each), 3 lost break it
    const e = periodic
    const twoStops = e ** 2 + 2 * e * (1 - e) * 0.2
    const threeStops = 3 * e ** 2 * (1 - e) + e ** 3 + 3 * e * (1 - e) ** 2 * 0.2
    expect(throttleChance(count(25, 8, 250), at02)).toBeCloseTo((twoStops + threeStops) / 2, 10)
    // 8 of 10 ticks of 20 ms at 0.6: 1 lost per stop, three stops needed, two in the window
    expect(throttleChance(count(20, 8, 200), at06)).toBe(0)
    // 1 tick in 300 ms: 290 ms of margin, five stops needed, three in the window
    expect(throttleChance(count(10, 1, 300), at02)).toBe(0)
    // ticks longer than the stop lose nothing
    expect(throttleChance(count(90, 2, 300), at02)).toBe(0)
    // a margin of a million ticks is never lost, and is not added up tick by tick
    expect(throttleChance(count(0.001, 100, 900), at02)).toBe(0)
    expect(throttleChance(count(0, 1, 300), at02)).toBe(0)
  })

  it('likely at a chance of 20% per run; the rule carries the numbers', () => {
    const throttled = latenessOf(
      [trial(3000, 9000), trial(3000, 8000), trial(4000, 9000)],
      undefined,
      {
        notes: [],
        quotaUs: 20_000,
        periodUs: 100_000,
        throttledPct: 70
      }
    )!
    // 0.7 × 0.25 × 1: a 130 ms wait ends in [30, 50), late 50-70 ms
    expect(judgeNeed(elapsed(130, 49, 5), throttled)).toEqual({
      risk: 'possible',
      chance: 0.7 * EXPOSURE.periodic,
      rule:
        'possibly broken, 18% chance per run: p99 over the margin in 0 of 3 trials measured (median p99 3 ms), max 9 ms; ' +
        'throttled in 70% of 100 ms periods with a 20 ms quota, 25% of them reaching a test with a repeating wait: ' +
        '18% chance that the wait ends later than the margin'
    })
    const count = {
      kind: 'ticker-count',
      waitUs: 10_000,
      boundUs: 170_000,
      marginUs: 30_000,
      periodicUs: 10_000
    }
    expect(judgeNeed(count, throttled).risk).toBe('likely')
    expect(judgeNeed(count, throttled).chance).toBeCloseTo(
      1 - (1 - 0.7 * EXPOSURE.frequent) ** 2,
      10
    )
    expect(judgeNeed(count, throttled).rule).toMatch(
      /^likely broken, 74% chance per run: .*, 70% of them reaching a ticker read 10 times a period or more: 74% chance/
    )
    expect(judgeNeed(elapsed(150, 30), throttled)).toMatchObject({ risk: 'possible' })
    // ends where it started, in the running part, and no trial was 20 ms late
    expect(judgeNeed(elapsed(200, 20), throttled)).toMatchObject({ risk: 'unlikely', chance: 0 })
  })

  it('the chance that some test breaks in a run: each test at its likeliest need', () => {
    const need = (test: string, chance: number) => ({ test, file: 'a_test.go', chance })
    expect(runChance([])).toBe(0)
    expect(runChance([need('TestA', 0.3), need('TestA', 0.2), need('TestB', 0.2)])).toBeCloseTo(
      1 - 0.7 * 0.8,
      10
    )
  })

  it('leaves out trials too short for a p99; falls back to the pooled samples as one trial', () => {
    const mixed = latenessOf([trial(null, 99_000, 220), trial(5000, 8000), trial(6000, 9000)])
    expect(mixed).toEqual({
      p50Us: [90, 90],
      p90Us: [120, 120],
      p99Us: [5000, 6000],
      p999Us: [null, null],
      maxUs: [8000, 9000]
    })
    const allShort = [trial(null, 70_000, 220), trial(null, 80_000, 180)]
    expect(latenessOf(allShort)).toBeUndefined()
    expect(latenessOf(allShort, trial(50_000, 80_000, 400))).toEqual({
      p50Us: [90],
      p90Us: [120],
      p99Us: [50_000],
      p999Us: [null],
      maxUs: [80_000]
    })
  })
})
