// Reads what the Defender script printed, defensively: Windows PowerShell 5.1 turns one-element
// arrays into scalars and may wrap arrays as {value, Count}; non-admins see "N/A: ..." in place of
// exclusions; a missing, hanging or stub PowerShell prints nothing usable. Pure: data in, data out.
import { UserError } from '../../errors.js'
import type { ProcessResult } from '../../process.js'
import type { DefenderState } from './types.js'

export interface CmdletFailure {
  /** FullyQualifiedErrorId, e.g. `HRESULT 0x800106ba,Get-MpComputerStatus`. */
  id: string
  message: string
}

/** An exclusion list as Defender showed it: the entries, or hidden behind an `N/A: ...` placeholder. */
export type ExclusionList =
  { hidden: false; entries: string[] } | { hidden: true; placeholder: string }

export interface ComputerStatus {
  amRunningMode?: string
  amServiceEnabled?: boolean
  antivirusEnabled?: boolean
  realTimeProtectionEnabled?: boolean
  isTamperProtected?: boolean
  productVersion?: string
}

export interface Preference {
  disableRealtimeMonitoring?: boolean
  exclusionPath: ExclusionList
  exclusionProcess: ExclusionList
  exclusionExtension: ExclusionList
  performanceModeStatus?: string
}

export interface AppLockerFacts {
  /** `Enabled`, `AuditOnly` or `NotConfigured`, for the Exe rule collection of the effective policy. */
  exeEnforcementMode: string
  exeRules: number
  /** Status of the Application Identity service, which enforces AppLocker. */
  appIdSvc?: string
}

export interface StatusProbe {
  elevated?: boolean
  computerStatus?: ComputerStatus
  computerStatusError?: CmdletFailure
  preference?: Preference
  preferenceError?: CmdletFailure
  appLocker?: AppLockerFacts
  appLockerError?: CmdletFailure
}

export interface ChangeOutcome {
  elevated?: boolean
  results: { path: string; ok: boolean; error?: CmdletFailure }[]
  /** ExclusionPath read back after the change. */
  exclusionPath?: ExclusionList
  readBackError?: CmdletFailure
}

const HIDDEN_PREFIX = /^N\/A:/i
const DEFENDER_INACTIVE = /0x800106ba/i
const INVALID_CLASS = /0x80041010|invalid class/i

/** The JSON object the script printed, or a UserError saying exactly what came back instead. */
export function readScriptOutput(
  run: { executable: string; result: ProcessResult },
  timeoutMs: number
): Record<string, unknown> {
  const { executable, result } = run
  if (result.spawnError) {
    if (result.spawnError.code === 'ENOENT') {
      throw new UserError(
        'PowerShell was not found: neither powershell.exe nor pwsh.exe is on PATH.'
      )
    }
    throw new UserError(`${executable} could not start: ${result.spawnError.message}.`)
  }
  if (result.timedOut) {
    throw new UserError(
      `${executable} did not finish within ${timeoutMs} ms (input defender-timeout); it was stopped.`
    )
  }
  const stdout = result.stdout.trim()
  const errorLine = firstLine(result.stderr)
  if (stdout === '') {
    throw new UserError(
      `${executable} printed nothing (exit code ${result.exitCode})${errorLine ? `: ${errorLine}` : ''}; a working Windows PowerShell prints the Defender JSON (Wine's powershell.exe is a stub that prints nothing).`
    )
  }
  // Warnings can precede the JSON on stdout: take the last line that is the script's object.
  for (const line of stdout.split(/\r?\n/).reverse()) {
    const text = line.trim()
    if (!text.startsWith('{')) continue
    try {
      const parsed: unknown = JSON.parse(text)
      if (isRecord(parsed) && parsed.schema === 1) return parsed
    } catch {
      // Not this line: keep looking.
    }
  }
  throw new UserError(
    `${executable} output is not the Defender script's JSON (exit code ${result.exitCode}): it starts with ${JSON.stringify(stdout.slice(0, 80))}${errorLine ? `; stderr: ${errorLine}` : ''}.`
  )
}

export function parseStatusProbe(output: Record<string, unknown>): StatusProbe {
  const probe: StatusProbe = {
    elevated: optionalBoolean(output.elevated, 'elevated'),
    computerStatusError: optionalFailure(output.computerStatusError),
    preferenceError: optionalFailure(output.preferenceError),
    appLockerError: optionalFailure(output.appLockerError)
  }
  if (isRecord(output.computerStatus)) {
    const s = output.computerStatus
    probe.computerStatus = {
      amRunningMode: optionalString(s.AMRunningMode),
      amServiceEnabled: optionalBoolean(s.AMServiceEnabled, 'AMServiceEnabled'),
      antivirusEnabled: optionalBoolean(s.AntivirusEnabled, 'AntivirusEnabled'),
      realTimeProtectionEnabled: optionalBoolean(
        s.RealTimeProtectionEnabled,
        'RealTimeProtectionEnabled'
      ),
      isTamperProtected: optionalBoolean(s.IsTamperProtected, 'IsTamperProtected'),
      productVersion: optionalString(s.AMProductVersion)
    }
  }
  if (isRecord(output.preference)) {
    const p = output.preference
    probe.preference = {
      disableRealtimeMonitoring: optionalBoolean(
        p.DisableRealtimeMonitoring,
        'DisableRealtimeMonitoring'
      ),
      exclusionPath: exclusionList(p.ExclusionPath, 'ExclusionPath'),
      exclusionProcess: exclusionList(p.ExclusionProcess, 'ExclusionProcess'),
      exclusionExtension: exclusionList(p.ExclusionExtension, 'ExclusionExtension'),
      performanceModeStatus: optionalString(p.PerformanceModeStatus)
    }
  }
  if (isRecord(output.appLocker)) {
    const a = output.appLocker
    const rules = Number(unwrap(a.exeRules) ?? 0)
    probe.appLocker = {
      exeEnforcementMode: optionalString(a.exeEnforcementMode) ?? 'NotConfigured',
      exeRules: Number.isFinite(rules) ? rules : 0,
      appIdSvc: optionalString(a.appIdSvc)
    }
  }
  return probe
}

export function parseChangeOutcome(output: Record<string, unknown>): ChangeOutcome {
  const results = listOf(output.results, 'results', true).map(entry => {
    if (!isRecord(entry) || typeof entry.path !== 'string') {
      throw new UserError(
        `Defender script result ${JSON.stringify(entry)} is not {path, ok[, error]}.`
      )
    }
    return {
      path: entry.path,
      ok: optionalBoolean(entry.ok, 'ok') === true,
      error: optionalFailure(entry.error)
    }
  })
  return {
    elevated: optionalBoolean(output.elevated, 'elevated'),
    results,
    exclusionPath:
      'exclusionPath' in output ? exclusionList(output.exclusionPath, 'exclusionPath') : undefined,
    readBackError: optionalFailure(output.readBackError)
  }
}

/** `string | string[] | null | {value, Count}` → string[]: every shape PowerShell 5.1 and 7 emit. */
export function toStringList(value: unknown, field: string): string[] {
  return listOf(value, field).map(item => {
    if (typeof item === 'string') return item
    if (typeof item === 'number' || typeof item === 'boolean') return String(item)
    throw new UserError(`Defender field ${field} holds ${JSON.stringify(item)}: expected strings.`)
  })
}

export function exclusionList(value: unknown, field: string): ExclusionList {
  const entries = toStringList(value, field)
    .map(entry => entry.trim())
    .filter(entry => entry !== '')
  const placeholder = entries.find(entry => HIDDEN_PREFIX.test(entry))
  return placeholder === undefined ? { hidden: false, entries } : { hidden: true, placeholder }
}

export interface StateVerdict {
  state: DefenderState
  reason: string
  realTimeProtection?: boolean
}

/** Defender's state, from AMRunningMode first: passive mode still reads RealTimeProtectionEnabled=True. */
export function deriveState(probe: StatusProbe): StateVerdict {
  const failure = probe.computerStatusError
  if (failure) return stateFromFailure(failure, 'Get-MpComputerStatus')
  const status = probe.computerStatus
  if (!status) {
    return { state: 'unknown', reason: 'Get-MpComputerStatus returned nothing.' }
  }
  const rtp =
    status.realTimeProtectionEnabled === undefined
      ? undefined
      : status.realTimeProtectionEnabled && probe.preference?.disableRealtimeMonitoring !== true
  const mode = (status.amRunningMode ?? '').trim()
  const lower = mode.toLowerCase()
  if (lower === 'passive mode' || lower === 'sxs passive mode') {
    return {
      state: 'passive',
      reason: `Defender runs in ${mode} (AMRunningMode): another antivirus is primary and Defender does not scan files on access, although RealTimeProtectionEnabled may read true.`,
      realTimeProtection: false
    }
  }
  if (lower === 'edr block mode') {
    return {
      state: 'passive',
      reason:
        'Defender runs in EDR Block Mode (AMRunningMode): passive antivirus, it does not scan files on access.',
      realTimeProtection: false
    }
  }
  if (lower === 'not running' || status.amServiceEnabled === false) {
    return {
      state: 'not-running',
      reason:
        lower === 'not running'
          ? 'Defender is not running (AMRunningMode "Not running").'
          : 'The Defender antimalware service is disabled (AMServiceEnabled false).',
      realTimeProtection: false
    }
  }
  const prefix =
    lower === 'normal' ? '' : `AMRunningMode is ${JSON.stringify(mode)} (not a known mode); `
  if (status.antivirusEnabled === false) {
    return {
      state: 'off',
      reason: `${prefix}Defender antivirus is disabled (AntivirusEnabled false).`,
      realTimeProtection: false
    }
  }
  if (rtp === undefined) {
    return {
      state: 'unknown',
      reason: `${prefix}Get-MpComputerStatus did not say whether real-time protection is on.`
    }
  }
  if (!rtp) {
    const why =
      probe.preference?.disableRealtimeMonitoring === true
        ? 'DisableRealtimeMonitoring is set'
        : 'RealTimeProtectionEnabled is false'
    return {
      state: 'off',
      reason: `${prefix}Real-time protection is off (${why}).`,
      realTimeProtection: false
    }
  }
  return {
    state: 'active',
    reason: `${prefix}Defender is the active antivirus and scans files on access (real-time protection on).`,
    realTimeProtection: true
  }
}

function stateFromFailure(failure: CmdletFailure, cmdlet: string): StateVerdict {
  if (DEFENDER_INACTIVE.test(failure.id) || DEFENDER_INACTIVE.test(failure.message)) {
    return {
      state: 'not-running',
      reason: `${cmdlet} failed with HRESULT 0x800106ba: Defender is not the active antivirus or its service is not running (another antivirus may be installed).`
    }
  }
  if (INVALID_CLASS.test(failure.id) || INVALID_CLASS.test(failure.message)) {
    return {
      state: 'unknown',
      reason: `${cmdlet} failed with "Invalid class": Defender's WMI classes are missing (Defender not installed, or the WMI repository is damaged).`
    }
  }
  if (failure.id.startsWith('CommandNotFoundException')) {
    return {
      state: 'unknown',
      reason: `${cmdlet} is not available: the Defender PowerShell module is missing.`
    }
  }
  return {
    state: 'unknown',
    reason: `${cmdlet} failed: ${failure.id || 'no error id'}${failure.message ? ` (${firstLine(failure.message)})` : ''}.`
  }
}

/** Whether AppLocker will refuse executables outside its allow rules, and why, in one line. */
export function describeAppLocker(facts: AppLockerFacts): { enforcesExe: boolean; detail: string } {
  const mode = facts.exeEnforcementMode
  const service = facts.appIdSvc ? `, Application Identity service ${facts.appIdSvc}` : ''
  // A collection "NotConfigured" with rules in it is enforced; "AuditOnly" only logs.
  const configured = facts.exeRules > 0 && (mode === 'Enabled' || mode === 'NotConfigured')
  const serviceStopped = facts.appIdSvc !== undefined && facts.appIdSvc !== 'Running'
  return {
    enforcesExe: configured && !serviceStopped,
    detail: `Exe rule collection ${mode} with ${facts.exeRules} rule(s)${service} (effective policy)`
  }
}

/** A list in any PowerShell shape; one object stands for a one-element list when `ofObjects`. */
function listOf(value: unknown, field: string, ofObjects = false): unknown[] {
  const inner = unwrap(value)
  if (inner === null || inner === undefined) return []
  if (Array.isArray(inner)) return inner.map(unwrap)
  if (isRecord(inner) && !ofObjects) {
    throw new UserError(
      `Defender field ${field} is ${JSON.stringify(inner).slice(0, 80)}: expected a string or a list of strings.`
    )
  }
  return [inner]
}

/** PowerShell 5.1's `{"value": [...], "Count": n}` array wrapper → the array. */
function unwrap(value: unknown): unknown {
  if (isRecord(value) && 'value' in value && 'Count' in value && Object.keys(value).length === 2) {
    return value.value
  }
  return value
}

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  const inner = unwrap(value)
  if (inner === null || inner === undefined || inner === '') return undefined
  if (typeof inner === 'boolean') return inner
  if (typeof inner === 'string' && /^(true|false)$/i.test(inner)) {
    return inner.toLowerCase() === 'true'
  }
  if (inner === 0 || inner === 1) return inner === 1
  throw new UserError(
    `Defender field ${field} is ${JSON.stringify(inner)}: expected true or false.`
  )
}

function optionalString(value: unknown): string | undefined {
  const inner = unwrap(value)
  if (inner === null || inner === undefined) return undefined
  const text = String(inner).trim()
  return text === '' ? undefined : text
}

function optionalFailure(value: unknown): CmdletFailure | undefined {
  if (!isRecord(value)) return undefined
  return { id: optionalString(value.id) ?? '', message: optionalString(value.message) ?? '' }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map(line => line.trim())
      .find(line => line !== '' && !line.startsWith('#< CLIXML')) ?? ''
  ).slice(0, 200)
}
