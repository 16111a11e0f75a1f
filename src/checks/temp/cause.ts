// Pure: why a probe step failed, from its error and the directory's static facts (mount and
// mode on Unix, DACL on Windows), and those facts in one line a person reads.
import type { StaticFacts } from './platform.js'
import type { ProbeFailure } from './probe.js'

/** Windows errors CreateProcess reports for executables that policy or antivirus stopped. */
const ERROR_VIRUS_INFECTED = 225
const ERROR_VIRUS_DELETED = 226
const ERROR_ACCESS_DISABLED_BY_POLICY = 1260
const ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION = 4551

export interface Cause {
  id: string
  title: string
  cause: string
}

function because(id: string, title: string, cause: string): Cause {
  return { id, title, cause }
}

/** Why a probe step failed, from its error and the static facts. */
export function classifyFailure(failure: ProbeFailure, facts: StaticFacts | undefined): Cause {
  const mount = facts?.kind === 'unix' ? facts.mount : undefined
  const exec = failure.step === 'exec-first' || failure.step === 'exec-second'
  const aclReason = facts?.kind === 'windows' ? aclExplanationFor(failure.step, facts) : undefined
  /** The DACL's reason when it explains the refusal, else what the probe saw. */
  const refused = (action: string, otherwise: string): string =>
    aclReason ? `${action} is not allowed: ${aclReason}` : otherwise
  if (failure.code === 'ENOSPC' || failure.code === 'EDQUOT') {
    return because(
      'temp.no-space',
      'No space left',
      'the file system is full (or the quota is used up)'
    )
  }
  if (failure.code === 'EROFS' || (mount?.flags.readOnly && !exec && failure.step !== 'list')) {
    return because(
      'temp.read-only',
      'Read-only file system',
      `${mount?.mountPoint ?? 'it'} is mounted read-only`
    )
  }
  if (exec) {
    if (mount?.flags.noexec) {
      return because(
        'temp.noexec',
        'Mounted noexec',
        `${mount.mountPoint} is mounted noexec: every \`go test\` fails with "fork/exec .../x.test: permission denied" (golang/go#52941)`
      )
    }
    if (
      failure.win32Error === ERROR_ACCESS_DISABLED_BY_POLICY ||
      failure.win32Error === ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION
    ) {
      return because(
        'temp.exec-blocked-by-policy',
        'Executable blocked by policy',
        `Windows refused to start the copied executable (error ${failure.win32Error}): an AppLocker or Application Control (WDAC) policy blocks programs in this folder`
      )
    }
    if (failure.win32Error === ERROR_VIRUS_INFECTED || failure.win32Error === ERROR_VIRUS_DELETED) {
      return because(
        'temp.exec-quarantined',
        'Executable stopped by antivirus',
        `antivirus blocked or removed the freshly written executable (Windows error ${failure.win32Error})`
      )
    }
    if (failure.code === 'TIMEOUT') {
      return because(
        'temp.exec-timeout',
        'Executable hung',
        'the copied executable did not exit in time (a scanner may hold it)'
      )
    }
    if (failure.code === 'EXIT')
      return because(
        'temp.exec-failed',
        'Executable failed',
        'the copied executable started but failed'
      )
    return because(
      'temp.exec-denied',
      'Cannot execute',
      refused('execute', 'the copied executable could not be started')
    )
  }
  if (failure.step === 'delete') {
    return because(
      'temp.delete-failed',
      'Cannot delete',
      refused(
        'delete',
        'the probe folder could not be removed, even with retries: t.TempDir() cleanup will fail the same way'
      )
    )
  }
  if (failure.code === 'ENOENT' && failure.step === 'create')
    return because('temp.missing', 'Directory missing', 'the directory does not exist')
  if (failure.code === 'EACCES' || failure.code === 'EPERM') {
    return because(
      'temp.permission-denied',
      'Permission denied',
      refused(failure.step, `${failure.step} was refused: this user may not ${failure.step} here`)
    )
  }
  return because('temp.probe-failed', `Probe step ${failure.step} failed`, failure.message)
}

const STEP_OPERATION: Record<ProbeFailure['step'], string> = {
  create: 'create',
  list: 'list',
  write: 'write',
  'exec-first': 'execute',
  'exec-second': 'execute',
  delete: 'delete'
}

function aclExplanationFor(
  step: ProbeFailure['step'],
  facts: Extract<StaticFacts, { kind: 'windows' }>
): string | undefined {
  const verdict = facts.assessment.operations.find(op => op.operation === STEP_OPERATION[step])
  return verdict && !verdict.allowed ? verdict.reason : undefined
}

export function modeString(mode: number): string {
  const bits = 'rwxrwxrwx'
  let text = ''
  for (let i = 0; i < 9; i++) text += mode & (1 << (8 - i)) ? bits[i] : '-'
  if (mode & 0o1000) text = text.slice(0, 8) + (mode & 0o001 ? 't' : 'T')
  return text
}

/** One line of static facts: the mount and mode (Unix) or the DACL evaluation (Windows). */
export function explainFacts(facts: StaticFacts | undefined): string | undefined {
  if (!facts) return undefined
  if (facts.kind === 'none') return `static facts unavailable: ${facts.reason}`
  if (facts.kind === 'unix') {
    const mount = facts.mount
      ? `mount ${facts.mount.mountPoint} (${facts.mount.fsType}, ${facts.mount.options.join(',')})`
      : (facts.mountNote ?? 'mount unknown')
    const owner =
      facts.uid === facts.processUid
        ? `owner uid ${facts.uid} (this user)`
        : `owner uid ${facts.uid}, this user uid ${facts.processUid}`
    return `${mount}; mode ${modeString(facts.mode)} (${facts.mode.toString(8).padStart(4, '0')}); ${owner}`
  }
  const allowed = facts.assessment.operations.filter(op => op.allowed).map(op => op.operation)
  const denied = facts.assessment.operations
    .filter(op => !op.allowed)
    .map(op => `${op.operation} ${op.reason}`)
  const parts = [`owner ${facts.owner ?? 'unknown'}`]
  if (allowed.length > 0) parts.push(`${allowed.join(', ')} allowed`)
  parts.push(...denied)
  parts.push(`SDDL ${facts.sddl}`)
  return parts.join('; ')
}
