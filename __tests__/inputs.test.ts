import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { InputError } from '../src/errors.js'
import { readDurationUs, readInputs } from '../src/inputs.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readInputs', () => {
  it('gives documented defaults when nothing is set', () => {
    const inputs = readInputs(reader({}))
    expect(inputs.mode).toBe('enforce')
    expect(inputs.failOn).toBe('error')
    expect(inputs.environment).toBe('auto')
    expect(inputs.timer.samples).toBeGreaterThanOrEqual(300)
    expect(inputs.testPaths).toEqual(['./...'])
    expect(inputs.defenderTimeoutMs).toBe(30_000)
    expect(inputs.go.checkLatest).toBe(false)
  })

  it('parses every kind of value', () => {
    const inputs = readInputs(
      reader({
        mode: 'report',
        'fail-on': 'Warning',
        environment: 'Kubernetes',
        'timer-interval': '500us',
        'timer-samples': '1000',
        'defender-timeout': '5s',
        'temp-paths': 'a b\n\n# comment\n/tmp/x\n',
        'go-download-base-url': 'http://127.0.0.1:8080/dl/',
        'check-latest': 'TRUE'
      })
    )
    expect(inputs.mode).toBe('report')
    expect(inputs.failOn).toBe('warning')
    expect(inputs.environment).toBe('kubernetes')
    expect(inputs.timer.intervalUs).toBe(500)
    expect(inputs.timer.samples).toBe(1000)
    expect(inputs.defenderTimeoutMs).toBe(5000)
    // Relative to the workspace; absolute paths as given.
    expect(inputs.tempPaths).toEqual([join(process.cwd(), 'a b'), '/tmp/x'])
    expect(inputs.go.downloadBaseUrl).toBe('http://127.0.0.1:8080/dl')
    expect(inputs.go.checkLatest).toBe(true)
  })

  it.each([
    [
      'mode',
      'strict',
      'Input \'mode\' has invalid value "strict": expected one of enforce, report.'
    ],
    [
      'fail-on',
      'always',
      'Input \'fail-on\' has invalid value "always": expected one of error, warning, never.'
    ],
    [
      'timer-samples',
      '12abc',
      'Input \'timer-samples\' has invalid value "12abc": expected a whole number'
    ],
    ['timer-samples', '10', 'Input \'timer-samples\' has invalid value "10"'],
    [
      'timer-interval',
      'fast',
      'Input \'timer-interval\' has invalid value "fast": expected a duration'
    ],
    ['timer-interval', '-1ms', 'Input \'timer-interval\' has invalid value "-1ms"'],
    [
      'check-latest',
      'maybe',
      'Input \'check-latest\' has invalid value "maybe": expected true or false.'
    ],
    [
      'environment',
      'cloud',
      'Input \'environment\' has invalid value "cloud": expected auto or one of physical'
    ],
    ['architecture', 'sparc', 'Input \'architecture\' has invalid value "sparc"'],
    [
      'go-download-base-url',
      'ftp://x',
      'Input \'go-download-base-url\' has invalid value "ftp://x"'
    ]
  ])('rejects %s=%s with one line naming the input', (name, value, message) => {
    const read = reader({ [name]: value })
    expect(() => readInputs(read)).toThrow(InputError)
    expect(() => readInputs(read)).toThrow(message)
    try {
      readInputs(read)
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})

describe('readDurationUs', () => {
  it('reads units and a default unit', () => {
    expect(readDurationUs(reader({ d: '2ms' }), 'd', 0, 0, 1e9)).toBe(2000)
    expect(readDurationUs(reader({ d: '0.5 ms' }), 'd', 0, 0, 1e9)).toBe(500)
    expect(readDurationUs(reader({ d: '3' }), 'd', 0, 0, 1e9, 's')).toBe(3_000_000)
    expect(readDurationUs(reader({}), 'd', 42, 0, 1e9)).toBe(42)
  })
})
