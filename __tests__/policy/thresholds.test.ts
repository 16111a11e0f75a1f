import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../src/errors.js'
import {
  defaultThresholds,
  describeRow,
  loadThresholds,
  parseLimit
} from '../../src/policy/index.js'

describe('default threshold table', () => {
  const checks = {
    'temp-dirs': 'error',
    defender: 'warning',
    'go-env': 'error',
    'go-install': 'error',
    'endangered-tests': 'error',
    timer: 'notice'
  }
  it.each([
    ['physical', '3%', '2ms', '5%', 'annotate', 'false'],
    ['vm', '20%', '5ms', '5%', 'warn', 'false'],
    ['container', '20%', '5ms', '10%', 'warn', 'false'],
    ['kubernetes', '8%', '5ms', '10%', 'warn', 'true'],
    ['serverless', '15%', '10ms', '25%', 'fail', 'false']
  ] as const)('%s row', (environment, sleep, wake, throttled, onBreach, suspicious) => {
    expect(describeRow(loadThresholds('', '/nonexistent')[environment])).toEqual({
      'sleep-deviation-pct': sleep,
      'wake-p99': wake,
      'timer-resolution': '16ms',
      'cpu-throttled-pct': throttled,
      'on-breach': onBreach,
      suspicious,
      ...checks
    })
  })

  it('every call returns a fresh table', () => {
    const first = defaultThresholds()
    first.vm.onBreach = 'fail'
    expect(defaultThresholds().vm.onBreach).toBe('warn')
  })
})

describe('limit parsing', () => {
  it.each([
    ['8%', 'percent', 8],
    ['0.5%', 'percent', 0.5],
    ['500us', 'duration', 500],
    ['500µs', 'duration', 500],
    ['2ms', 'duration', 2000],
    ['1.5ms', 'duration', 1500],
    ['0.25s', 'duration', 250_000],
    ['0ms', 'duration', 0]
  ] as const)('%s', (text, kind, base) => {
    expect(parseLimit(text, kind).base).toBe(base)
  })

  it.each([
    ['3 %', 'percent'],
    ['-1ms', 'duration'],
    ['fast', 'duration'],
    ['8', 'percent'],
    ['5ms', 'percent'],
    ['5%', 'duration'],
    ['1e3us', 'duration'],
    ['2 ms', 'duration'],
    ['2MS', 'duration'],
    ['.5ms', 'duration']
  ] as const)('rejects %s', (text, kind) => {
    expect(() => parseLimit(text, kind)).toThrow(/expected|wrong unit/)
  })
})

describe('thresholds input', () => {
  let workspace: string
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'policy-thresholds-'))
    writeFileSync(join(workspace, 'gate.yml'), 'vm:\n  wake-p99: 3ms\n  defender: error\n')
    writeFileSync(join(workspace, 'gate.yaml'), 'container:\n  sleep-deviation-pct: off\n')
    writeFileSync(
      join(workspace, 'gate.json'),
      '{"kubernetes": {"cpu-throttled-pct": "20%", "suspicious": false}}'
    )
    writeFileSync(join(workspace, 'broken.json'), '{"vm": ')
    writeFileSync(join(workspace, 'broken.yml'), 'vm: [1\n')
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it('inline YAML merges over the defaults, key by key', () => {
    const table = loadThresholds(
      'kubernetes:\n  sleep-deviation-pct: 10%\n  on-breach: fail\nphysical: {wake-p99: 750us, temp-dirs: ignore}',
      workspace
    )
    expect(describeRow(table.kubernetes)).toMatchObject({
      'sleep-deviation-pct': '10%',
      'wake-p99': '5ms',
      'on-breach': 'fail',
      suspicious: 'true'
    })
    expect(table.physical.limits['wake-p99']?.base).toBe(750)
    expect(table.physical.checks['temp-dirs']).toBe('ignore')
    expect(describeRow(table.vm)).toEqual(describeRow(defaultThresholds().vm))
  })

  it('reads .yml, .yaml and .json files relative to the workspace', () => {
    expect(loadThresholds('gate.yml', workspace).vm.limits['wake-p99']?.text).toBe('3ms')
    expect(loadThresholds('gate.yml', workspace).vm.checks.defender).toBe('error')
    expect(
      loadThresholds('./gate.yaml', workspace).container.limits['sleep-deviation-pct']
    ).toBeNull()
    // An absolute path is accepted when it is inside the workspace.
    const json = loadThresholds(join(workspace, 'gate.json'), workspace)
    expect(json.kubernetes.limits['cpu-throttled-pct']?.base).toBe(20)
    expect(json.kubernetes.suspicious).toBe(false)
  })

  it('an empty mapping keeps the defaults', () => {
    expect(loadThresholds('# nothing here', workspace)).toEqual(defaultThresholds())
  })

  it.each([
    ['lambda: {wake-p99: 1ms}', /unknown environment "lambda": expected one of physical, vm/],
    ['vm: {p99: 1ms}', /vm\.p99: unknown metric or setting/],
    ['vm: {sleep-deviation-pct: 3 %}', /vm\.sleep-deviation-pct has invalid value "3 %"/],
    ['vm: {wake-p99: -1ms}', /vm\.wake-p99 has invalid value "-1ms": expected a duration/],
    ['vm: {wake-p99: fast}', /vm\.wake-p99 has invalid value "fast"/],
    ['vm: {wake-p99: 5%}', /wrong unit %/],
    [
      'vm: {sleep-deviation-pct: 8}',
      /must be a number with its unit \(e\.g\. 8%\) or off, got number 8/
    ],
    ['vm: {wake-p99: [1ms]}', /got a list/],
    ['vm: 5ms', /environment 'vm' must map to keys and values, got string "5ms"/],
    ['- vm', /must map environments to limits .*got a list/],
    ['just text', /must map environments to limits .*got string/],
    [
      'vm: {on-breach: explode}',
      /vm\.on-breach has invalid value "explode": expected one of annotate, warn, fail/
    ],
    ['vm: {suspicious: "yes"}', /vm\.suspicious has invalid value "yes": expected true or false/],
    [
      'vm: {defender: fatal}',
      /vm\.defender has invalid value "fatal": expected one of error, warning, notice, ignore/
    ],
    ['vm: {wake-p99: 1ms', /is not valid YAML/],
    ['missing.yml', /file "missing\.yml" cannot be read: it does not exist\.$/],
    ['broken.json', /file "broken\.json" is not valid JSON/],
    ['broken.yml', /file "broken\.yml" is not valid YAML/]
  ])('rejects %j', (input, message) => {
    let thrown: unknown
    try {
      loadThresholds(input, workspace)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(UserError)
    const text = (thrown as Error).message
    expect(text).toMatch(message)
    expect(text).toMatch(/^Input 'thresholds'/)
    expect(text).not.toContain('\n')
  })
})
