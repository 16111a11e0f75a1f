// The post step saves the dependency cache when the main step asked for it, then undoes what
// the main step changed on the machine, and only that: the temp directory made by `fix-temp`,
// the Defender exclusions added by `defender-exclusions: add`. Each runs whatever the others do.
import * as core from '@actions/core'
import { errorMessage } from './errors.js'
import { readInputs } from './inputs.js'
import { undoTempFix } from './checks/temp/post.js'
import { undoDefenderExclusions } from './checks/defender/post.js'
import { saveDependencyCache } from './cache/index.js'

export async function runPost(): Promise<void> {
  try {
    await saveDependencyCache()
  } catch (error) {
    core.warning(`Post step: could not save the dependency cache: ${errorMessage(error)}`)
  }
  let defenderTimeoutMs = 30_000
  try {
    defenderTimeoutMs = readInputs().defenderTimeoutMs
  } catch {
    // The main step already reported the bad input; cleanup still runs with the default limit.
  }
  for (const [what, undo] of [
    ['temp directory', () => undoTempFix()],
    ['Defender exclusions', () => undoDefenderExclusions(defenderTimeoutMs)]
  ] as const) {
    try {
      await undo()
    } catch (error) {
      core.warning(`Post step: could not undo the ${what}: ${errorMessage(error)}`)
    }
  }
}
