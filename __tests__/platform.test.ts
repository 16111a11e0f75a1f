// The one platform chooser, and what each capability does on a platform it has no
// implementation for: `unknown` with the reason, never a throw and never Linux's backend.
import { choosePlatform, onPlatform } from '../src/platform.js'
import { checkTempDirs } from '../src/checks/temp/index.js'
import { checkDefender } from '../src/checks/defender/index.js'
import { measureTimers } from '../src/timer/index.js'
import { detectEnvironment } from '../src/env/index.js'
import { runContext } from './helpers/run-context.js'

const REASON =
  "This runner's platform (freebsd) is not supported: the action runs on Windows, Linux and macOS."

const freebsd = runContext({ platform: 'freebsd' })

describe('choosePlatform', () => {
  it('supports Windows, Linux and macOS', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const)
      expect(choosePlatform(platform)).toEqual({ supported: true, platform })
  })

  it('gives the reason for any other platform', () => {
    expect(choosePlatform('freebsd')).toEqual({
      supported: false,
      platform: 'freebsd',
      reason: REASON
    })
    expect(choosePlatform('toString').supported).toBe(false)
  })
})

describe('onPlatform', () => {
  const made: string[] = []
  const implementations = {
    win32: () => (made.push('win32'), 'W'),
    linux: () => (made.push('linux'), 'L'),
    darwin: () => (made.push('darwin'), 'D')
  }

  it('makes only the chosen implementation', () => {
    made.length = 0
    expect(onPlatform('darwin', implementations)).toEqual({
      supported: true,
      platform: 'darwin',
      value: 'D'
    })
    expect(made).toEqual(['darwin'])
  })

  it('makes none on an unsupported platform', () => {
    made.length = 0
    expect(onPlatform('aix', implementations).supported).toBe(false)
    expect(made).toEqual([])
  })
})

describe('an unsupported platform', () => {
  it('leaves the temp check unknown with the reason', async () => {
    const result = await checkTempDirs({ extraPaths: [], fixTemp: false }, freebsd)
    expect(result).toMatchObject({ id: 'temp-dirs', status: 'unknown', summary: REASON })
  })

  it('leaves the Defender check unknown with the reason', async () => {
    const result = await checkDefender(
      { paths: [], exclusions: 'off', restore: true, timeoutMs: 1000 },
      freebsd
    )
    expect(result).toMatchObject({ id: 'defender', status: 'unknown', summary: REASON })
  })

  it('leaves the timer unmeasured with the reason', async () => {
    const measured = await measureTimers(
      { samples: 300, trials: 3, intervalUs: 1000, sleepSamples: 5, goProbe: false },
      undefined,
      freebsd
    )
    expect(measured.check).toMatchObject({ id: 'timer', status: 'unknown', summary: REASON })
    expect(measured.metrics).toEqual([])
  })

  it('detects the environment from variables only and says why', async () => {
    const info = await detectEnvironment('auto', {
      ...freebsd,
      env: { KUBERNETES_SERVICE_HOST: '10.0.0.1' }
    })
    expect(info.evidence).toContainEqual({ signal: 'platform', value: REASON, indicates: 'none' })
    expect(info.evidence.map(item => item.signal)).not.toContain('/proc/1/cgroup')
    expect(info.runner.os).toBe('freebsd')
  })
})
