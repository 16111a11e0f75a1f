// Post step of `defender-exclusions: add`: removes exactly the exclusions the main step added
// (read from the action's state), in one PowerShell process, unless `defender-restore: false`.
import * as core from '@actions/core'
import { UserError } from '../../errors.js'
import { listHolds } from './coverage.js'
import { parseChangeOutcome, readScriptOutput } from './parse.js'
import { runDefenderScript } from './powershell.js'
import { ADDED_STATE, parseAddedState } from './state.js'

export async function undoDefenderExclusions(timeoutMs: number): Promise<void> {
  const raw = core.getState(ADDED_STATE)
  if (raw === '') {
    core.debug('defender-exclusions added nothing: nothing to undo.')
    return
  }
  const state = parseAddedState(raw)
  if (!state.restore) {
    core.info(
      `Defender: keeping the exclusions this job added (defender-restore: false): ${state.paths.join(', ')}.`
    )
    return
  }
  const run = await runDefenderScript(
    { mode: 'remove', paths: state.paths },
    { timeoutMs, env: process.env }
  )
  const outcome = parseChangeOutcome(readScriptOutput(run, timeoutMs))
  const failed = outcome.results.filter(result => !result.ok)
  const removed = outcome.results.filter(result => result.ok).map(result => result.path)
  if (removed.length > 0)
    core.info(`Defender: removed the exclusions this job added: ${removed.join(', ')}.`)
  const readBack = outcome.exclusionPath
  const remaining =
    readBack && !readBack.hidden ? removed.filter(path => listHolds(readBack.entries, path)) : []
  const problems = [
    ...failed.map(
      result =>
        `${result.path}: ${result.error ? `${result.error.id}: ${result.error.message}` : 'failed'}`
    ),
    ...remaining.map(path => `${path}: still listed after Remove-MpPreference`)
  ]
  if (problems.length > 0) {
    throw new UserError(
      `Defender exclusions added by this job could not all be removed (remove them with Remove-MpPreference -ExclusionPath in an elevated PowerShell): ${problems.join('; ')}.`
    )
  }
}
