// The plain lines each stage prints inside its log group.
import { describe, expect, it } from '@jest/globals'
import { checkLog, environmentLog, timerLog, verdictLog } from '../../src/report/log.js'
import { sampleReport } from '../helpers/report-sample.js'

describe('stage log lines', () => {
  const report = sampleReport()
  const byId = (id: string) => report.checks.find(c => c.id === id)!

  it('gives a check its status line and its first findings with where', () => {
    expect(checkLog(byId('endangered-tests'))).toEqual([
      'Timing-sensitive tests: warn: 2 waits this runner may not honour',
      '  warning: Timing-sensitive wait (pkg/worker_test.go:31)',
      '  warning: Timing-sensitive wait (pkg/a|b_test.go:9)'
    ])
    expect(checkLog(byId('temp-dirs'))).toHaveLength(2)
  })

  it('says at most three lines, pointing to the summary for the rest', () => {
    const check = { ...byId('defender'), findings: Array(5).fill(byId('defender').findings[0]) }
    const lines = checkLog(check)
    expect(lines).toHaveLength(3)
    expect(lines[2]).toMatch(/… and 3 more in the summary$/)
  })

  it('puts each judged timer metric against its limit', () => {
    const lines = timerLog(byId('timer'), report.metrics, {
      'wake-p99': { text: '1ms' },
      'sleep-deviation-pct': null
    })
    expect(lines).toEqual([
      'Timers: fail: p99 wake-up latency 1.8 ms',
      "wake-p99 1.8 ms (median of 2 trials' p99), limit 1ms: 1 in 100 timer wake-ups is later than this"
    ])
  })

  it('names the environment class and the rule behind it', () => {
    expect(environmentLog(report.environment)).toEqual([
      'Environment: vm (detected); runner Windows/X64, self-hosted'
    ])
  })

  it('ends with the verdict lines and the report path', () => {
    expect(verdictLog(['FAIL: x', 'Cause: y'], '/r/report.json', 41_000)).toEqual([
      'FAIL: x',
      'Cause: y',
      'Report: /r/report.json (the run took 41 s)'
    ])
  })
})
