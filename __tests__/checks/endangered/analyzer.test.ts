// The embedded analyzer, built with a real Go and run on Go's own standard library tests
// (Debian's golang-1.19-go): a corpus nobody here wrote.
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunContext } from '../../../src/context.js'
import type { GoToolchain } from '../../../src/go/types.js'
import { runAnalyzer, type AnalyzerOutput } from '../../../src/checks/endangered/analyzer.js'

const GOROOT = '/usr/lib/go-1.19'
const GO_BINARY = join(GOROOT, 'bin', 'go')
const haveGo = existsSync(GO_BINARY)
const MISSING = `${GO_BINARY} is missing (apt-get install golang-1.19-go)`
if (!haveGo && process.env.CI !== 'true') console.log(`endangered-analyzer: skipped, ${MISSING}`)
const describeWithGo = haveGo || process.env.CI === 'true' ? describe : describe.skip

const go: GoToolchain = { goBinary: GO_BINARY, goRoot: GOROOT, version: 'go1.19', source: 'path' }
const testFiles = (pkg: string): string[] =>
  readdirSync(join(GOROOT, 'src', pkg))
    .filter(name => name.endsWith('_test.go'))
    .map(name => join(GOROOT, 'src', pkg, name))

/** [line, call, durationNs, expression] for every wait of one file, in order. */
type Row = [number, string, number, string]
const rows = (output: AnalyzerOutput, file: string): Row[] =>
  output.waits.filter(w => w.file === file).map(w => [w.line, w.call, w.durationNs, w.expression])

describeWithGo('analyzer on the Go 1.19 standard library tests', () => {
  let runnerTemp: string
  let output: AnalyzerOutput
  const files = haveGo ? ['time', 'context', 'net/http'].flatMap(testFiles) : []

  beforeAll(async () => {
    if (!haveGo) throw new Error(`CI=true but ${MISSING}`)
    runnerTemp = mkdtempSync(join(tmpdir(), 'endangered-analyzer-'))
    const ctx: RunContext = {
      platform: process.platform,
      arch: process.arch,
      runnerTemp,
      toolCache: runnerTemp,
      workspace: GOROOT,
      env: {
        ...process.env,
        GOCACHE: join(runnerTemp, 'gocache'),
        HOME: process.env.HOME ?? runnerTemp
      }
    }
    output = await runAnalyzer(go, files, ctx)
  }, 300_000)

  afterAll(() => {
    if (runnerTemp) rmSync(runnerTemp, { recursive: true, force: true })
  })

  it('parses every file without error', () => {
    expect(files.length).toBeGreaterThan(40)
    expect(output.filesScanned).toBe(files.length)
    expect(output.errors).toEqual([])
  })

  it('evaluates dot-imported units, local consts, select timeouts and overflowing constants in time/sleep_test.go', () => {
    const file = join(GOROOT, 'src/time/sleep_test.go')
    expect(rows(output, file)).toEqual([
      [31, 'time.Sleep', 50_000_000, 'delay / 2'],
      [35, 'time.Sleep', 100_000_000, 'delay'],
      [56, 'time.AfterFunc', 0, '0'],
      [57, 'time.Sleep', 1_000_000_000, '1 * Second'],
      [63, 'time.AfterFunc', 0, '0'],
      [75, 'time.Sleep', 1, 'Nanosecond'],
      [78, 'time.NewTicker', 1, '1'],
      [98, 'time.AfterFunc', 3_600_000_000_000, 'Hour'],
      [127, 'time.AfterFunc', 0, '0'],
      [133, 'time.AfterFunc', 0, '0'],
      [141, 'time.After', 1, '1'],
      [149, 'time.NewTimer', 1_000_000_000, '1 * Second'],
      [159, 'time.AfterFunc', 0, '0'],
      [169, 'time.AfterFunc', 3_600_000_000_000, 'Hour'],
      [180, 'time.NewTimer', 3_600_000_000_000, 'Hour'],
      [194, 'time.Sleep', 1, 'Nanosecond'],
      [205, 'time.After', 100_000_000, 'delay'],
      [254, 'time.AfterFunc', 100_000_000, '100*Millisecond'],
      [255, 'time.NewTimer', 50_000_000, '50 * Millisecond'],
      [257, 'time.AfterFunc', 150_000_000, '150*Millisecond'],
      [258, 'time.After', 200_000_000, '200 * Millisecond'],
      [360, 'time.AfterFunc', 2_000_000_000, '2*Second'],
      [363, 'time.Sleep', 1_000_000_000, '1 * Second'],
      [367, 'time.Sleep', 3_000_000_000, '3 * Second'],
      [384, 'time.Sleep', 0, '0'],
      // big = 2^63 - 1 ns, which a JSON number read as a double rounds to 2^63; neg = -2^63 ns.
      [447, 'time.Sleep', 2 ** 63, 'big'],
      [454, 'select <-time.After', 2 ** 63, 'big'],
      [456, 'select <-time.After', 25_000_000, '25 * Millisecond'],
      [461, 'time.Sleep', -(2 ** 63), 'neg'],
      [463, 'select <-time.After', -(2 ** 63), 'neg'],
      [465, 'select <-time.After', 1_000_000_000, '1 * Second'],
      [473, 'time.NewTicker', 3_600_000_000_000, 'Hour'],
      [524, 'time.NewTimer', 0, '0'],
      [543, 'time.NewTimer', 3_600_000_000_000, 'Hour'],
      [551, 'time.NewTimer', 10_000_000_000, '10 * Second'],
      [590, 'time.NewTimer', 0, '0'],
      // Two function-local consts named delay: Millisecond (line 668), 3 * Millisecond (line 727).
      [677, 'time.AfterFunc', 1_000_000, 'delay'],
      [754, 'time.NewTicker', 3_000_000, 'delay']
    ])
  })

  it('resolves package consts and the package-internal context.WithTimeout/WithDeadline in context_test.go', () => {
    const file = join(GOROOT, 'src/context/context_test.go')
    const found = rows(output, file)
    // shortDuration = 1 * time.Millisecond, veryLongDuration = 1000 * time.Hour (lines 45-46).
    expect(found.slice(0, 6)).toEqual([
      [143, 'context.WithTimeout', 3_600_000_000_000_000, 'veryLongDuration'],
      [290, 'context.WithDeadline', 1_000_000, 'shortDuration'],
      [296, 'context.WithDeadline', 1_000_000, 'shortDuration'],
      [300, 'context.WithDeadline', 1_000_000, 'shortDuration'],
      [302, 'context.WithDeadline', 3_600_000_000_000_000, 'veryLongDuration'],
      [305, 'context.WithDeadline', -1_000_000, '-shortDuration']
    ])
    expect(found).toContainEqual([427, 'context.WithTimeout', 1, '1*time.Nanosecond'])
    expect(found).toContainEqual([446, 'context.WithTimeout', 5_000_000, '5*time.Millisecond'])
    // Line 308, WithDeadline(Background(), time.Now()), has no duration to size.
    expect(found.map(row => row[0])).not.toContain(308)
  })

  it('finds the qualified calls of an external test package in context/example_test.go', () => {
    // Line 60 assigns time.Now().Add(shortDuration) to a variable first: not followed (a documented limit).
    expect(rows(output, join(GOROOT, 'src/context/example_test.go'))).toEqual([
      [69, 'select <-time.After', 1_000_000_000, '1 * time.Second'],
      [84, 'context.WithTimeout', 1_000_000, 'shortDuration'],
      [88, 'select <-time.After', 1_000_000_000, '1 * time.Second']
    ])
  })

  it('finds every constant wait of net/http/client_test.go', () => {
    expect(rows(output, join(GOROOT, 'src/net/http/client_test.go'))).toEqual([
      [317, 'select <-time.After', 5_000_000_000, '5 * time.Second'],
      [881, 'select <-time.After', 5_000_000_000, '5 * time.Second'],
      [939, 'select <-time.After', 5_000_000_000, '5 * time.Second'],
      [2017, 'context.WithTimeout', -1, '-time.Nanosecond'],
      [2170, 'select <-time.After', 60_000_000_000, '60 * time.Second']
    ])
  })
})
