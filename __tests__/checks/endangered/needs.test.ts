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
import { judgeNeed, latenessOf, throttleChance } from '../../../src/policy/needs.js'
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

function trial(p99: number | null, max: number, count = 300): LatencyStats {
  return {
    count,
    min: 50,
    mean: 100,
    median: 90,
    p90: 120,
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

  it('a throttled runner fails the scan at the wait lines; the verdict fails on it alone', async () => {
    // 0.2 CPU + hog, as the bench measured it: trial p99s of 30 to 60 ms.
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
    expect(result.status).toBe('fail')
    const broken = result.findings.filter(f => f.severity === 'error')
    // margins of 20 and 30 ms are under the p99 of all three trials; 40 ms of two
    expect(broken.length).toBeGreaterThanOrEqual(8)
    const sleep20 = broken.find(f => f.file === 'margins/margins_test.go' && f.line === 12)
    expect(sleep20?.message).toBe(
      'TestSleepMargin20ms: time.Sleep(200 * time.Millisecond) has 20 ms of margin against the ' +
        'elapsed-time check (elapsed > 220*time.Millisecond); this runner is likely to wake it ' +
        'later than that.'
    )
    // The measured lateness stays in the report, not in the annotation (it moves run to run).
    const need20 = result.details?.needs?.find(n => n.test === 'TestSleepMargin20ms')
    expect(need20?.rule).toMatch(
      /p99 over the margin in 3 of 3 trials measured \(median p99 45 ms\)/
    )
    expect(result.findings.some(f => f.file?.startsWith('safe/'))).toBe(false)
    const decision = decide({
      environment: 'vm',
      table: defaultThresholds(),
      metrics: [
        {
          id: 'wake-p99',
          unit: 'us',
          value: 45_000,
          trials: [31_000, 45_000, 60_000],
          aggregation: 'median',
          source: 'test'
        }
      ],
      checks: [result],
      mode: 'enforce',
      failOn: 'error'
    })
    expect(decision.verdict).toBe('fail')
    expect(decision.reasons[0]).toMatch(/^endangered-tests failed: \d+ tests need margins/)
    expect(decision.reasons).toContainEqual(
      expect.stringMatching(/^wake-p99 over the vm limit, which only informs/)
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
  const lateness = latenessOf([
    trial(10_000, 30_000),
    trial(25_000, 40_000),
    trial(12_000, 90_000)
  ])!

  it('likely when the p99 of more than half of the trials measured exceeds the margin', () => {
    expect(judgeNeed(11_000, lateness)).toEqual({
      risk: 'likely',
      rule: 'likely broken: p99 over the margin in 2 of 3 trials measured (median p99 12 ms), max 90 ms'
    })
  })

  it('throttling: the chance of landing in the stop of a throttled period', () => {
    // 0.2 CPU: 80 ms stops; throttled in 90% of periods
    const throttle = { quotaUs: 20_000, periodUs: 100_000, throttledPct: 90 }
    expect(throttleChance(20_000, throttle)).toBeCloseTo(0.54, 10)
    expect(throttleChance(80_000, throttle)).toBe(0)
    expect(throttleChance(10_000, { ...throttle, quotaUs: 200_000 })).toBe(0)
    const quiet = latenessOf([trial(3000, 9000), trial(3000, 8000), trial(4000, 9000)], undefined, {
      notes: [],
      quotaUs: 20_000,
      periodUs: 100_000,
      throttledPct: 90
    })!
    expect(judgeNeed(50_000, quiet)).toEqual({
      risk: 'likely',
      rule:
        'likely broken: p99 over the margin in 0 of 3 trials measured (median p99 3 ms), max 9 ms; ' +
        'throttled in 90% of 100 ms periods with a 20 ms quota: 27% chance of a wait later than the margin'
    })
    // 79.5 ms: a chance of 0.45%, under 1%, but not nothing
    expect(judgeNeed(79_500, quiet).risk).toBe('possible')
    expect(judgeNeed(80_000, quiet).risk).toBe('unlikely')
  })

  it('possible when only some trial max exceeds it; unlikely beyond every max', () => {
    expect(judgeNeed(20_000, lateness).risk).toBe('possible')
    expect(judgeNeed(89_000, lateness).risk).toBe('possible')
    expect(judgeNeed(90_000, lateness).risk).toBe('unlikely')
  })

  it('leaves out trials too short for a p99; falls back to the pooled samples as one trial', () => {
    const mixed = latenessOf([trial(null, 99_000, 220), trial(5000, 8000), trial(6000, 9000)])
    expect(mixed).toEqual({ p99Us: [5000, 6000], p999Us: [null, null], maxUs: [8000, 9000] })
    const allShort = [trial(null, 70_000, 220), trial(null, 80_000, 180)]
    expect(latenessOf(allShort)).toBeUndefined()
    expect(latenessOf(allShort, trial(50_000, 80_000, 400))).toEqual({
      p99Us: [50_000],
      p999Us: [null],
      maxUs: [80_000]
    })
  })
})
