import { describe, expect, it } from '@jest/globals'
import type { RunContext } from '../src/context.js'
import { runContext } from './helpers/run-context.js'
import { couldNotRun, worseStatus } from '../src/checks/result.js'
import { applyDecision, goPathsForDefender } from '../src/orchestration.js'
import type { CheckResult, Decision } from '../src/report/types.js'

const decision: Decision = {
  verdict: 'fail',
  suspicious: false,
  reasons: [],
  withinLimits: [],
  breaches: [
    { metric: 'wake-p99', unit: 'us', value: 137.90271, limit: 1, severity: 'error', rule: 'rule' }
  ],
  thresholds: {},
  failStep: true,
  failureReasons: []
}
const timer: CheckResult = { id: 'timer', title: 'T', status: 'pass', summary: 's', findings: [] }
const temp: CheckResult = {
  id: 'temp-dirs',
  title: 'D',
  status: 'warn',
  summary: 's',
  findings: []
}

describe('applyDecision', () => {
  it('puts a breach on the check that measured it, worsening its status', () => {
    const [judgedTimer, judgedTemp] = applyDecision([timer, temp], decision)
    expect(judgedTimer.status).toBe('fail')
    expect(judgedTimer.findings).toEqual([
      {
        id: 'policy.wake-p99',
        severity: 'error',
        title: 'wake-p99 137.9us over the limit of 1us',
        message: 'rule'
      }
    ])
    expect(judgedTemp).toBe(temp)
  })

  it('never improves a status', () => {
    expect(worseStatus('fail', 'warn')).toBe('fail')
    expect(worseStatus('unknown', 'pass')).toBe('unknown')
    expect(worseStatus('pass', 'warn')).toBe('warn')
  })
})

describe('couldNotRun', () => {
  it('reports a crashed check as unknown with the reason', () => {
    expect(couldNotRun('defender', 'Defender', new Error('boom'))).toEqual({
      id: 'defender',
      title: 'Defender',
      status: 'unknown',
      summary: 'The check could not run: boom',
      findings: []
    })
  })
})

describe('goPathsForDefender', () => {
  const ctx = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv): RunContext =>
    runContext({ platform, arch: 'x64', env })

  it('lists each Windows path once, case and trailing separators folded', () => {
    const go = {
      toolchain: { goBinary: 'x', goRoot: 'C:\\go', version: 'go1.22.5', source: 'path' as const },
      checks: [],
      goEnv: { GOCACHE: 'C:\\Users\\me\\AppData\\Local\\go-build', GOMODCACHE: 'relative\\path' }
    }
    const temp = {
      directories: [
        {
          path: 'c:\\users\\me\\appdata\\local\\go-build\\',
          names: ['TMP'],
          status: 'pass' as const,
          steps: []
        },
        {
          path: 'D:\\a\\_temp',
          names: ['TEMP', 'os.TempDir()'],
          status: 'pass' as const,
          steps: []
        }
      ]
    }
    const paths = goPathsForDefender(
      go,
      temp,
      'D:\\a\\repo',
      ctx('win32', { RUNNER_TEMP: 'd:\\A\\_temp' })
    )
    expect(paths).toEqual([
      { label: 'GOROOT', path: 'C:\\go' },
      { label: 'GOCACHE', path: 'C:\\Users\\me\\AppData\\Local\\go-build' },
      { label: 'TEMP, os.TempDir()', path: 'D:\\a\\_temp' },
      { label: 'workspace', path: 'D:\\a\\repo' }
    ])
  })
})
