// What the main step added to Defender, handed to the post step through the action's state.
import { UserError } from '../../errors.js'

export const ADDED_STATE = 'defender-added'

export interface AddedState {
  /** Exactly the ExclusionPath entries this run added, as passed to Add-MpPreference. */
  paths: string[]
  /** false: `defender-restore: false`, the post step keeps them. */
  restore: boolean
}

export function serializeAddedState(state: AddedState): string {
  return JSON.stringify(state)
}

export function parseAddedState(raw: string): AddedState {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    value = undefined
  }
  const record = value as Partial<AddedState> | undefined
  if (
    typeof record !== 'object' ||
    record === null ||
    !Array.isArray(record.paths) ||
    !record.paths.every(path => typeof path === 'string' && path !== '') ||
    typeof record.restore !== 'boolean'
  ) {
    throw new UserError(
      `Saved state '${ADDED_STATE}' is ${JSON.stringify(raw.slice(0, 80))}: expected {"paths": [strings], "restore": boolean}.`
    )
  }
  return { paths: record.paths, restore: record.restore }
}
