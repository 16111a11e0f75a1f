// The Go runtime probe: defensive parsing of its output, and a real run with Debian's Go 1.19.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../src/errors.js'
import { parseGoProbeOutput, runGoProbe } from '../../src/timer/go-probe.js'
import type { RunContext } from '../../src/context.js'
import type { GoToolchain } from '../../src/go/types.js'
import { DEBIAN_GO, DEBIAN_GOROOT, debianGoSuite } from '../helpers/gates.js'
import { runContext } from '../helpers/run-context.js'

const GO_BINARY = DEBIAN_GO
const { describe: describeGo, missing: goMissing } = debianGoSuite('the real Go probe')

const context = (runnerTemp: string, toolCache = runnerTemp): RunContext =>
  runContext({ runnerTemp, toolCache, workspace: runnerTemp, env: process.env })

describe('parseGoProbeOutput (hand-built outputs)', () => {
  test('converts nanoseconds to microsecond statistics', () => {
    const out = JSON.stringify({
      goVersion: 'go1.22.0',
      gomaxprocs: 2,
      results: [
        {
          name: 'time.Sleep',
          variant: 'gomaxprocs1',
          requestedUs: 1000,
          latencyNs: [1000, 3000, 2000]
        }
      ]
    })
    const parsed = parseGoProbeOutput(out)
    expect(parsed.goVersion).toBe('go1.22.0')
    expect(parsed.results).toHaveLength(1)
    expect(parsed.results[0]).toMatchObject({
      name: 'time.Sleep',
      variant: 'gomaxprocs1',
      requestedUs: 1000
    })
    expect(parsed.results[0].stats).toMatchObject({
      count: 3,
      min: 1,
      median: 2,
      max: 3,
      p99: null
    })
  })

  test.each([
    ['', 'The Go timer probe printed nothing: expected its JSON object.'],
    ['panic: runtime error', 'The Go timer probe printed unparsable output "panic: runtime error"'],
    ['[1,2]', 'printed a non-object'],
    ['{"results":[]}', 'printed no goVersion string'],
    ['{"goVersion":"go1.19","results":[]}', 'printed no results'],
    [
      '{"goVersion":"go1.19","results":[{"name":"x","variant":"weird","requestedUs":1,"latencyNs":[1]}]}',
      'malformed result #1'
    ],
    [
      '{"goVersion":"go1.19","results":[{"name":"x","variant":"default","requestedUs":1,"latencyNs":[]}]}',
      'malformed result #1'
    ],
    [
      '{"goVersion":"go1.19","results":[{"name":"x","variant":"default","requestedUs":1,"latencyNs":["1"]}]}',
      'malformed result #1'
    ],
    ['{"goVersion":"go1.19","results":[null]}', 'malformed result #1']
  ])('garbage %j is a UserError', (stdout, message) => {
    expect(() => parseGoProbeOutput(stdout)).toThrow(UserError)
    expect(() => parseGoProbeOutput(stdout)).toThrow(message)
  })
})

describe('runGoProbe without a usable Go', () => {
  test('disabled and absent Go are skipped with the reason', async () => {
    const ctx = context(tmpdir())
    expect(await runGoProbe(undefined, false, ctx)).toEqual({
      status: 'skipped',
      reason: 'go-probe is false',
      results: []
    })
    expect(await runGoProbe(undefined, true, ctx)).toEqual({
      status: 'skipped',
      reason: 'no Go toolchain is available',
      results: []
    })
  })

  test('a go binary that cannot start fails with the reason, never throws', async () => {
    const go: GoToolchain = {
      goBinary: '/nonexistent/go',
      goRoot: '/nonexistent',
      version: 'go1.19',
      source: 'path'
    }
    const outcome = await runGoProbe(go, true, context(tmpdir()))
    expect(outcome.status).toBe('failed')
    expect(outcome.reason).toMatch(/^go env GOVERSION could not start: .*ENOENT/)
  })
})

describeGo('runGoProbe with Go 1.19 for real', () => {
  let scratch: string
  let runnerTemp: string
  let toolCache: string
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'timer-go-probe-test-'))
    runnerTemp = join(scratch, 'temp')
    toolCache = join(scratch, 'tool-cache')
    mkdirSync(runnerTemp)
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  test('builds, runs and reports every probe and variant, then cleans up', async () => {
    expect(goMissing).toBeUndefined()
    const go: GoToolchain = {
      goBinary: GO_BINARY,
      goRoot: DEBIAN_GOROOT,
      version: 'go1.19',
      source: 'path'
    }
    const outcome = await runGoProbe(go, true, context(runnerTemp, toolCache))
    expect(outcome.reason).toBeUndefined()
    expect(outcome.status).toBe('ok')
    expect(outcome.goVersion).toMatch(/^go1\.19/)
    const names = ['time.Sleep', 'time.NewTimer', 'time.After', 'time.Ticker']
    for (const variant of ['default', 'gomaxprocs1', 'lockosthread']) {
      for (const name of names) {
        const result = outcome.results.find(r => r.variant === variant && r.name === name)
        expect(result).toBeDefined()
        const stats = result!.stats
        expect(stats.count).toBeGreaterThan(0)
        expect(stats.count).toBeLessThanOrEqual(100)
        expect(stats.min).toBeLessThanOrEqual(stats.median)
        expect(stats.median).toBeLessThanOrEqual(stats.max)
        if (name !== 'time.Ticker') expect(stats.min).toBeGreaterThanOrEqual(0) // a wait never ends early
      }
    }
    expect(outcome.results.find(r => r.name === 'time.NewTimer')?.requestedUs).toBe(100)
    expect(readdirSync(runnerTemp)).toEqual([])
    expect(readdirSync(join(toolCache, 'go-win-preflight-programs'))).toEqual(['timer-probe'])
  })
})
