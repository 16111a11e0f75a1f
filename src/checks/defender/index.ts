// Microsoft Defender: its state, whether exclusions cover every path Go uses (with the scan cost
// the temp-dir probe measured there) and, on request, exclusions for this job that the post step
// removes again. Windows only; one PowerShell process gathers everything.
import * as core from '@actions/core'
import type { RunContext } from '../../context.js'
import { UserError, errorMessage } from '../../errors.js'
import { choosePlatform } from '../../platform.js'
import { resultBuilder, type CheckResultOf } from '../result.js'
import type { DefenderDetails, DefenderPathCoverage } from './types.js'
import type { TempDetails } from '../temp/types.js'
import {
  isRootPath,
  judgeCoverage,
  listHolds,
  outermostPaths,
  type LongPathResolver
} from './coverage.js'
import { judgeDefender, type RemediationOutcome } from './judge.js'
import { windowsLongPathResolver } from './longpath.js'
import {
  deriveState,
  describeAppLocker,
  parseChangeOutcome,
  parseStatusProbe,
  readScriptOutput,
  type StatusProbe
} from './parse.js'
import { runDefenderScript } from './powershell.js'
import { ADDED_STATE, serializeAddedState } from './state.js'

const ID = 'defender' as const
const TITLE = 'Microsoft Defender'

export interface DefenderDeps {
  /** 8.3 short-name resolution; GetLongPathNameW on Windows. Tests inject their own. */
  longPath?: LongPathResolver
}

export async function checkDefender(
  args: {
    paths: { label: string; path: string }[]
    temp?: TempDetails
    exclusions: 'off' | 'add'
    restore: boolean
    timeoutMs: number
  },
  ctx: RunContext,
  deps: DefenderDeps = {}
): Promise<CheckResultOf<typeof ID, DefenderDetails>> {
  const finish = resultBuilder<typeof ID, DefenderDetails>(ID, TITLE)
  const platform = choosePlatform(ctx.platform)
  if (!platform.supported)
    return finish({ status: 'unknown', summary: platform.reason, findings: [] })
  if (platform.platform !== 'win32') {
    return finish({
      status: 'skipped',
      summary: `Microsoft Defender runs only on Windows; this runner is ${ctx.platform}.`,
      findings: []
    })
  }
  const longPath = deps.longPath ?? openLongPathResolver()

  let probe: StatusProbe
  try {
    const run = await runDefenderScript(
      { mode: 'status' },
      { timeoutMs: args.timeoutMs, env: ctx.env }
    )
    probe = parseStatusProbe(readScriptOutput(run, args.timeoutMs))
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const reason = `Defender state could not be read: ${error.message}`
    const coverage = judgeCoverage({
      paths: args.paths,
      exclusions: undefined,
      env: ctx.env,
      longPath,
      temp: args.temp
    })
    return finish({
      status: 'unknown',
      summary: reason,
      findings: [],
      details: {
        state: 'unknown',
        stateReason: reason,
        coverage,
        processExclusions: [],
        exclusionsAdded: []
      }
    })
  }

  const state = deriveState(probe)
  const exclusionPath = probe.preference?.exclusionPath
  const processList = probe.preference?.exclusionProcess
  const details: DefenderDetails = {
    state: state.state,
    stateReason: state.reason,
    realTimeProtection: state.realTimeProtection,
    tamperProtected: probe.computerStatus?.isTamperProtected,
    productVersion: probe.computerStatus?.productVersion,
    elevated: probe.elevated,
    coverage: judgeCoverage({
      paths: args.paths,
      exclusions: exclusionPath,
      env: ctx.env,
      longPath,
      temp: args.temp
    }),
    processExclusions: processList && !processList.hidden ? processList.entries : [],
    appLocker: probe.appLocker ? describeAppLocker(probe.appLocker) : undefined,
    exclusionsAdded: []
  }
  if (!details.appLocker && probe.appLockerError) {
    details.appLocker = {
      enforcesExe: false,
      detail: `effective policy not readable: ${probe.appLockerError.id}`
    }
  }

  let remediation: RemediationOutcome | undefined
  if (args.exclusions === 'add' && state.state === 'active') {
    const wanted = details.coverage.filter(
      c => c.coverage === 'not-covered' || c.coverage === 'possibly-covered'
    )
    if (wanted.length > 0) {
      remediation = await addExclusions(wanted, probe.elevated === true, args, ctx.env)
      details.exclusionsAdded = remediation.added
      markAdded(details.coverage, remediation.verified, longPath)
    }
  }

  const judgement = judgeDefender({
    details,
    preferenceError: probe.preferenceError,
    exclusionsHidden: exclusionPath?.hidden === true,
    hiddenPlaceholder: exclusionPath?.hidden ? exclusionPath.placeholder : undefined,
    hosted: ctx.env.RUNNER_ENVIRONMENT === 'github-hosted',
    remediation,
    exclusionsInput: args.exclusions,
    temp: args.temp
  })
  return finish({ ...judgement, details })
}

function openLongPathResolver(): LongPathResolver {
  try {
    return windowsLongPathResolver()
  } catch (error) {
    core.debug(
      `GetLongPathNameW unavailable, 8.3 names compared as written: ${errorMessage(error)}`
    )
    return () => undefined
  }
}

/**
 * Adds path exclusions for `wanted` (outermost paths only, never a drive root), reads them back,
 * and records exactly what was added for the post step. Never touches real-time protection.
 */
async function addExclusions(
  wanted: DefenderPathCoverage[],
  elevated: boolean,
  args: { restore: boolean; timeoutMs: number },
  env: NodeJS.ProcessEnv
): Promise<RemediationOutcome> {
  const skippedRoots = wanted.filter(c => isRootPath(c.path)).map(c => c.path)
  const attempted = outermostPaths(wanted.filter(c => !isRootPath(c.path)).map(c => c.path))
  const outcome: RemediationOutcome = {
    attempted,
    added: [],
    verified: [],
    failed: [],
    skippedRoots,
    notElevated: !elevated,
    restore: args.restore
  }
  if (!elevated || attempted.length === 0) return outcome
  try {
    const run = await runDefenderScript(
      { mode: 'add', paths: attempted },
      { timeoutMs: args.timeoutMs, env }
    )
    const change = parseChangeOutcome(readScriptOutput(run, args.timeoutMs))
    outcome.added = change.results.filter(r => r.ok).map(r => r.path)
    outcome.failed = change.results
      .filter(r => !r.ok)
      .map(r => ({ path: r.path, error: r.error ? `${r.error.id}: ${r.error.message}` : 'failed' }))
    const readBack = change.exclusionPath
    outcome.verified =
      readBack && !readBack.hidden
        ? outcome.added.filter(path => listHolds(readBack.entries, path))
        : []
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    outcome.error = error.message
  }
  if (outcome.added.length > 0) {
    core.saveState(
      ADDED_STATE,
      serializeAddedState({ paths: outcome.added, restore: args.restore })
    )
  }
  return outcome
}

/** Paths now covered by an exclusion this run added and verified. */
function markAdded(
  coverage: DefenderPathCoverage[],
  verified: string[],
  longPath: LongPathResolver
): void {
  const judged = judgeCoverage({
    paths: coverage.map(({ label, path }) => ({ label, path })),
    exclusions: { hidden: false, entries: verified },
    env: {},
    longPath
  })
  judged.forEach((entry, index) => {
    const current = coverage[index]
    if (entry.coverage !== 'covered' && entry.coverage !== 'covered-by-parent') return
    if (current.coverage !== 'not-covered' && current.coverage !== 'possibly-covered') return
    current.coverage = entry.coverage
    current.by = verified.find(path => entry.by === path) ?? entry.by
  })
}
