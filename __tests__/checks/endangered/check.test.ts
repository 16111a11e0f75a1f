// scanEndangeredTests on a hand-built workspace, and the pure parts of the check.
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { RunContext } from '../../../src/context.js'
import { UserError } from '../../../src/errors.js'
import type { GoToolchain } from '../../../src/go/types.js'
import { scanEndangeredTests } from '../../../src/checks/endangered/index.js'
import { parseAnalyzerOutput } from '../../../src/checks/endangered/analyzer.js'
import { helperBuildEnv } from '../../../src/go-programs/embedded-program.js'
import {
  endangeredHits,
  parseErrorFinding,
  repositoryPath,
  cutoffFor
} from '../../../src/checks/endangered/evaluate.js'
import { isSkippedDirectory, parseTestPath } from '../../../src/checks/endangered/paths.js'
import { formatUs } from '../../../src/report/format.js'

const GO_BINARY = '/usr/lib/go-1.19/bin/go'
const haveGo = existsSync(GO_BINARY)
if (!haveGo && process.env.CI !== 'true') {
  console.log(`endangered-check: workspace scan skipped, ${GO_BINARY} is missing`)
}
const describeWithGo = haveGo || process.env.CI === 'true' ? describe : describe.skip
const go: GoToolchain = {
  goBinary: GO_BINARY,
  goRoot: '/usr/lib/go-1.19',
  version: 'go1.19',
  source: 'path'
}

function makeContext(workspace: string, runnerTemp: string): RunContext {
  return {
    platform: process.platform,
    arch: process.arch,
    runnerTemp,
    toolCache: runnerTemp,
    workspace,
    env: { ...process.env, GOCACHE: join(runnerTemp, 'gocache') }
  }
}

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true })
  writeFileSync(join(root, file), text)
}

// Hand-built workspace (not tool output): line numbers below are those of these texts.
const TIMING_TEST = `package ws

import (
	"context"
	"testing"
	tm "time"
)

func TestTiming(t *testing.T) {
	tm.Sleep(50 * tm.Microsecond)
	tm.Sleep(short)
	tm.Sleep(tm.Second)
	tm.Sleep(0)
	ctx, cancel := context.WithDeadline(context.Background(), tm.Now().Add(2*tm.Millisecond))
	defer cancel()
	select {
	case <-ctx.Done():
	case <-tm.After(tm.Duration(3) * tm.Millisecond):
	}
}
`

describeWithGo('scanEndangeredTests on a workspace', () => {
  let root: string
  let runnerTemp: string
  beforeAll(() => {
    if (!haveGo) throw new Error(`CI=true but ${GO_BINARY} is missing`)
    root = mkdtempSync(join(tmpdir(), 'endangered-ws-'))
    runnerTemp = mkdtempSync(join(tmpdir(), 'endangered-temp-'))
    write(root, 'go.mod', 'module example.com/ws\n\ngo 1.19\n')
    write(root, 'timing_test.go', TIMING_TEST)
    write(
      root,
      'consts.go',
      'package ws\n\nimport "time"\n\nconst short = 200 * time.Microsecond\n'
    )
    write(root, 'sub/broken_test.go', 'package sub\n\nfunc TestBroken( {\n')
    write(root, 'vendor/v/v_test.go', 'package v\n\nimport "time"\n\nfunc f() { time.Sleep(1) }\n')
    write(root, 'testdata/d_test.go', 'package d\n\nimport "time"\n\nfunc f() { time.Sleep(1) }\n')
    write(root, '_hidden/h_test.go', 'package h\n\nimport "time"\n\nfunc f() { time.Sleep(1) }\n')
  })
  afterAll(() => {
    for (const dir of [root, runnerTemp]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('warns at file and line for each wait below 2 × the wake-p99 limit of the row, and notes files that do not parse', async () => {
    const result = await scanEndangeredTests(
      { testPaths: ['./...'], workingDirectory: '.', go, environment: 'vm', wakeLimitUs: 1800 },
      makeContext(root, runnerTemp)
    )
    expect(result.id).toBe('endangered-tests')
    expect(result.status).toBe('warn')
    expect(result.details?.filesScanned).toBe(2)
    expect(result.details?.thresholdUs).toBe(3600)
    const located = result.findings.map(f => [f.severity, f.file, f.line, f.message])
    expect(located).toEqual([
      [
        'warning',
        'timing_test.go',
        10,
        'time.Sleep(50 * tm.Microsecond) waits 50 us, under the 3.6 ms cutoff (2 × the vm limit for wake-p99, 1.8 ms): a runner within that limit may wake it 1.8 ms late, 36× the wait.'
      ],
      [
        'warning',
        'timing_test.go',
        11,
        'time.Sleep(short) waits 200 us, under the 3.6 ms cutoff (2 × the vm limit for wake-p99, 1.8 ms): a runner within that limit may wake it 1.8 ms late, 9× the wait.'
      ],
      [
        'warning',
        'timing_test.go',
        14,
        'context.WithDeadline(…, time.Now().Add(2*tm.Millisecond)) waits 2 ms, under the 3.6 ms cutoff (2 × the vm limit for wake-p99, 1.8 ms): a runner within that limit may wake it 1.8 ms late, 0.9× the wait.'
      ],
      [
        'warning',
        'timing_test.go',
        18,
        'select case <-time.After(tm.Duration(3) * tm.Millisecond) waits 3 ms, under the 3.6 ms cutoff (2 × the vm limit for wake-p99, 1.8 ms): a runner within that limit may wake it 1.8 ms late, 0.6× the wait.'
      ],
      ['notice', 'sub/broken_test.go', 3, expect.stringContaining('expected')]
    ])
    expect(result.summary).toContain('4 waits shorter than 3.6 ms in 2 test files')
  })

  it('scans only the named directory without /...', async () => {
    const result = await scanEndangeredTests(
      { testPaths: ['sub'], workingDirectory: '.', go, environment: 'vm', wakeLimitUs: 1800 },
      makeContext(root, runnerTemp)
    )
    expect(result.status).toBe('pass')
    expect(result.details).toEqual({
      filesScanned: 1,
      thresholdUs: 3600,
      cutoffRule: '2 × the vm limit for wake-p99, 1.8 ms',
      hits: []
    })
    expect(result.findings.map(f => f.id)).toEqual(['endangered.parse-error'])
  })
})

describe('scanEndangeredTests without what it needs', () => {
  const ctx = makeContext(tmpdir(), tmpdir())
  it('is skipped without Go', async () => {
    const result = await scanEndangeredTests(
      { testPaths: ['./...'], workingDirectory: '.', environment: 'vm', wakeLimitUs: 100 },
      ctx
    )
    expect(result.status).toBe('skipped')
    expect(result.summary).toMatch(/no usable Go toolchain/)
  })
  it('rejects a test path that does not exist, naming the input', async () => {
    const run = scanEndangeredTests(
      {
        testPaths: ['no-such-dir/...'],
        workingDirectory: '.',
        go,
        environment: 'vm',
        wakeLimitUs: 100
      },
      ctx
    )
    await expect(run).rejects.toThrow(UserError)
    await expect(run).rejects.toThrow(/Input 'test-paths' entry "no-such-dir\/\.\.\."/)
  })
})

describe('endangered-tests pure parts', () => {
  it('parses test-paths patterns with go test semantics', () => {
    expect(parseTestPath('./...', '/ws')).toEqual({ path: '/ws', recursive: true })
    expect(parseTestPath('pkg/...', '/ws')).toEqual({ path: '/ws/pkg', recursive: true })
    expect(parseTestPath('pkg\\sub', '/ws')).toEqual({ path: '/ws/pkg/sub', recursive: false })
    expect(() => parseTestPath('pkg/.../x', '/ws')).toThrow(UserError)
    expect(['vendor', 'testdata', '.git', '_old'].every(isSkippedDirectory)).toBe(true)
    expect(isSkippedDirectory('internal')).toBe(false)
  })

  it('takes the cutoff from the row, with a fixed floor when the row has no wake-p99 limit', () => {
    expect(cutoffFor('vm', 5000)).toEqual({
      cutoffUs: 10_000,
      latenessUs: 5000,
      rule: '2 × the vm limit for wake-p99, 5 ms'
    })
    expect(cutoffFor('physical', undefined)).toEqual({
      cutoffUs: 2000,
      latenessUs: 1000,
      rule: '2 × 1 ms: the physical row has no wake-p99 limit'
    })
  })

  it('flags only positive waits below the threshold', () => {
    const wait = (durationNs: number) => ({
      file: '/ws/a/x_test.go',
      line: 3,
      column: 2,
      call: 'time.Sleep',
      durationNs,
      expression: 'd'
    })
    const limit = cutoffFor('vm', 100).cutoffUs
    expect(limit).toBe(200)
    const hits = endangeredHits(
      [wait(0), wait(-5), wait(1), wait(199_999), wait(200_000)],
      limit,
      '/ws'
    )
    expect(hits.map(h => h.durationUs)).toEqual([0.001, 199.999])
    expect(hits[0].file).toBe('a/x_test.go')
  })

  it('keeps paths outside the workspace absolute', () => {
    expect(repositoryPath('/elsewhere/x_test.go', '/ws')).toBe('/elsewhere/x_test.go')
  })

  it('reads the line out of a go/parser message', () => {
    const finding = parseErrorFinding(
      '/ws/b_test.go',
      "/ws/b_test.go:3:17: expected ')', found '{'",
      '/ws'
    )
    expect(finding).toMatchObject({
      file: 'b_test.go',
      line: 3,
      message: "expected ')', found '{'"
    })
  })

  it('rejects analyzer output that is not the expected JSON', () => {
    expect(() => parseAnalyzerOutput('panic: boom')).toThrow(/not JSON/)
    expect(() => parseAnalyzerOutput('{"waits": []}')).toThrow(/without filesScanned/)
    expect(() =>
      parseAnalyzerOutput('{"filesScanned":1,"waits":[{"file":"x"}],"tests":[],"errors":[]}')
    ).toThrow(/a wait without/)
    expect(() =>
      parseAnalyzerOutput(
        '{"filesScanned":1,"waits":[],"tests":[{"name":"T","file":"f","line":1,"needs":[{"line":2}],"safe":[]}],"errors":[]}'
      )
    ).toThrow(/a need without column/)
    expect(parseAnalyzerOutput('{"filesScanned":0,"waits":[],"tests":[],"errors":[]}')).toEqual({
      filesScanned: 0,
      waits: [],
      tests: [],
      errors: []
    })
  })

  it('builds the helper for this machine whatever the job cross-compiles for', () => {
    const env = helperBuildEnv({
      GOOS: 'plan9',
      GOARCH: 'arm',
      GOFLAGS: '-mod=vendor',
      PATH: '/bin'
    })
    expect(env).toMatchObject({ GOTOOLCHAIN: 'local', GOFLAGS: '', PATH: '/bin' })
    expect(env.GOOS).toBeUndefined()
    expect(env.GOARCH).toBeUndefined()
  })

  it('formats durations in the largest unit that keeps three digits', () => {
    expect([0.5, 50, 999.7, 1800, 15625, 2_500_000].map(formatUs)).toEqual([
      '500 ns',
      '50 us',
      '1 ms',
      '1.8 ms',
      '15.6 ms',
      '2.5 s'
    ])
  })
})
