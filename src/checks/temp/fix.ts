// fix-temp: a fresh directory Go can use, proven by the probe, exported to later steps. It is
// created by this action (mode 0700 on Unix), so no existing directory's permissions change.
import * as core from '@actions/core'
import { mkdtemp, rm } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, isAbsolute, join } from 'node:path'
import { UserError, errorMessage } from '../../errors.js'
import type { TempDetails, TempDirectoryReport } from './types.js'
import { probeDirectory, type ProbeTarget } from './probe.js'

export const FIX_STATE = 'temp-fix'
export const FIX_PREFIX = 'go-win-preflight-tmp-'
export const FIX_VARIABLES = ['GOTMPDIR', 'TMPDIR', 'TMP', 'TEMP'] as const

export interface FixState {
  directory: string
  exported: string[]
}

export interface FixOutcome {
  fix?: NonNullable<TempDetails['fix']>
  report?: TempDirectoryReport
  /** Each base tried and why it was not used. */
  rejected: string[]
}

/** Reads the post step's state; anything else than what checkTempDirs saved is refused. */
export function parseFixState(raw: string): FixState {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw new UserError(
      `State '${FIX_STATE}' is not JSON: expected {"directory": "...", "exported": [...]}.`
    )
  }
  const state = value as Partial<FixState> | null
  if (
    !state ||
    typeof state.directory !== 'string' ||
    !isAbsolute(state.directory) ||
    !basename(state.directory).startsWith(FIX_PREFIX) ||
    !Array.isArray(state.exported)
  ) {
    throw new UserError(
      `State '${FIX_STATE}' is ${raw.slice(0, 200)}: expected an absolute directory named ${FIX_PREFIX}* and an exported list.`
    )
  }
  return { directory: state.directory, exported: state.exported.map(String) }
}

/** Creates and proves a directory under RUNNER_TEMP (or the home directory), then exports it. */
export async function applyTempFix(
  env: NodeJS.ProcessEnv,
  target: ProbeTarget
): Promise<FixOutcome> {
  const bases = [...new Set([env.RUNNER_TEMP, homedir()].filter((base): base is string => !!base))]
  const rejected: string[] = []
  for (const base of bases) {
    let directory: string
    try {
      directory = await mkdtemp(join(base, FIX_PREFIX))
    } catch (error) {
      rejected.push(`${base}: ${errorMessage(error)}`)
      continue
    }
    const probe = await probeDirectory(directory, target)
    if (probe.failure) {
      rejected.push(`${base}: probe step ${probe.failure.step} failed: ${probe.failure.message}`)
      await rm(directory, { recursive: true, force: true, maxRetries: 5 })
      continue
    }
    for (const name of FIX_VARIABLES) core.exportVariable(name, directory)
    const state: FixState = { directory, exported: [...FIX_VARIABLES] }
    core.saveState(FIX_STATE, JSON.stringify(state))
    core.info(
      `fix-temp: later steps use ${directory} (${FIX_VARIABLES.join(', ')}); the post step removes it.`
    )
    return {
      fix: { directory, exported: [...FIX_VARIABLES] },
      report: {
        path: directory,
        names: ['fix-temp'],
        status: 'pass',
        steps: probe.steps,
        firstRunMs: probe.firstRunMs,
        secondRunMs: probe.secondRunMs,
        freeBytes: probe.freeBytes,
        freeInodes: probe.freeInodes,
        explanation: `created by fix-temp under ${base} and exported as ${FIX_VARIABLES.join(', ')}`
      },
      rejected
    }
  }
  return { rejected }
}
