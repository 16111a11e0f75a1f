// Post step of fix-temp: removes the directory the main step created, and nothing else.
import * as core from '@actions/core'
import { rm, stat } from 'node:fs/promises'
import { FIX_STATE, parseFixState } from './fix.js'

export async function undoTempFix(): Promise<void> {
  const raw = core.getState(FIX_STATE)
  if (raw === '') {
    core.debug('fix-temp created no directory: nothing to undo.')
    return
  }
  const { directory } = parseFixState(raw)
  const exists = await stat(directory).then(
    () => true,
    () => false
  )
  if (!exists) {
    core.info(`fix-temp: ${directory} is already gone.`)
    return
  }
  // Node retries EBUSY/EPERM (a scanner or a lingering test process holding a file) with backoff.
  await rm(directory, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  core.info(`fix-temp: removed ${directory}.`)
}
