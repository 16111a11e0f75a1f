// The same dist/index.js on Windows Node under Wine: proves the Windows code paths and the
// bundled win32-x64 koffi binary.
import { afterAll, describe, expect, it } from '@jest/globals'
import { removeActionRuns, runAction } from '../scripts/lib/action-runner.mjs'
import { wineUnavailableReason } from '../scripts/lib/wine.mjs'

const unavailable = wineUnavailableReason()
if (unavailable && process.env.CI === 'true') throw new Error(`CI needs Wine: ${unavailable}`)
if (unavailable) console.log(`Skipping the Wine e2e tests: ${unavailable}`)
const wineDescribe = unavailable ? describe.skip : describe
afterAll(removeActionRuns)

wineDescribe('dist/index.js on Windows Node under Wine', () => {
  it('loads the bundled win32 koffi and measures with kernel32', async () => {
    const run = await runAction({
      wine: true,
      inputs: { 'timer-samples': '100', 'timer-trials': '2', 'sleep-samples': '1', mode: 'report' },
      timeoutMs: 240_000
    })
    expect(run.stderr).not.toMatch(/Error/)
    expect(run.exitCode).toBe(0)
    const report = run.report
    expect(report.platform.os).toBe('win32')
    const timer = report.checks.find((check: { id: string }) => check.id === 'timer')
    expect(timer.status).not.toBe('unknown')
    // QueryPerformanceFrequency through koffi, as reported by the Windows backend.
    expect(timer.details.clock.frequencyHz).toBeGreaterThan(0)
    expect(timer.details.timerResolution.coarsestMs).toBeGreaterThanOrEqual(
      timer.details.timerResolution.finestMs
    )
    expect(timer.details.loops.map((loop: { backend: string }) => loop.backend)).toContain(
      'windows-sleep-1'
    )
    const defender = report.checks.find((check: { id: string }) => check.id === 'defender')
    expect(defender.status).toBe('unknown')
    expect(run.outputs.report).toMatch(/^[A-Za-z]:\\/)
  }, 300_000)
})
