// Turns what was measured about one directory (probe outcome, mount or DACL) into its report
// entry and findings, each with a cause and a remedy to paste. Pure: no file system, no process.
import {
  milderSeverity,
  statusFromFindings,
  worseSeverity,
  type CheckStatus,
  type Finding,
  type Severity
} from '../result.js'
import type { TempDirectoryReport } from './types.js'
import type { StaticFacts } from './platform.js'
import type { ProbeFailure, ProbeOutcome } from './probe.js'
import type { TempDirectory, TempRole } from './resolve.js'

/** Below this much free space a `go test` run (build cache, test binaries) is likely to fail. */
export const MIN_FREE_BYTES = 256 * 1024 * 1024
/** Below this, warn: large modules and -race builds need more. */
export const LOW_FREE_BYTES = 1024 * 1024 * 1024
/** The build cache writes thousands of small files. */
export const MIN_FREE_INODES = 1000
export const LOW_FREE_INODES = 10_000

export interface DirectoryEvidence {
  directory: TempDirectory
  platform: NodeJS.Platform
  exists: boolean
  /** Where the probe ran: the directory, or its nearest existing parent when Go creates it later. */
  probedPath?: string
  probe?: ProbeOutcome
  facts?: StaticFacts
  /** Why the probe could not run at all (the result is then unknown, never a pass). */
  probeError?: string
}

export interface DirectoryAssessment {
  report: TempDirectoryReport
  findings: Finding[]
}

type Need = 'create' | 'list' | 'write' | 'exec' | 'delete' | 'space'

const ALL_ERROR: Record<Need, Severity> = {
  create: 'error',
  list: 'error',
  write: 'error',
  exec: 'error',
  delete: 'error',
  space: 'error'
}
const ALL_WARNING: Record<Need, Severity> = {
  create: 'warning',
  list: 'warning',
  write: 'warning',
  exec: 'warning',
  delete: 'warning',
  space: 'warning'
}

/** How much each capability matters, by what the directory is used for. */
const ROLE_NEEDS: Record<TempRole, Partial<Record<Need, Severity>>> = {
  'go-work': ALL_ERROR,
  extra: ALL_ERROR,
  // Only tests that run programs from t.TempDir() need exec there.
  'test-temp': { ...ALL_ERROR, exec: 'warning' },
  // Go never executes from its caches.
  cache: { create: 'error', list: 'error', write: 'error', delete: 'error', space: 'error' },
  'runner-temp': ALL_WARNING,
  'env-temp': ALL_WARNING
}

export function severityFor(roles: TempRole[], need: Need): Severity | undefined {
  let worst: Severity | undefined
  for (const role of roles) {
    const severity = ROLE_NEEDS[role][need]
    if (severity) worst = worst ? worseSeverity(worst, severity) : severity
  }
  return worst
}

const STEP_NEED: Record<ProbeFailure['step'], Need> = {
  create: 'create',
  list: 'list',
  write: 'write',
  'exec-first': 'exec',
  'exec-second': 'exec',
  delete: 'delete'
}

/** Windows errors CreateProcess reports for executables that policy or antivirus stopped. */
const ERROR_VIRUS_INFECTED = 225
const ERROR_VIRUS_DELETED = 226
const ERROR_ACCESS_DISABLED_BY_POLICY = 1260
const ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION = 4551

interface Cause {
  id: string
  title: string
  cause: string
}

/** Why a probe step failed, from its error and the static facts. */
export function classifyFailure(failure: ProbeFailure, facts: StaticFacts | undefined): Cause {
  const mount = facts?.kind === 'unix' ? facts.mount : undefined
  const exec = failure.step === 'exec-first' || failure.step === 'exec-second'
  const aclReason = facts?.kind === 'windows' ? aclExplanationFor(failure.step, facts) : undefined
  if (failure.code === 'ENOSPC' || failure.code === 'EDQUOT') {
    return {
      id: 'temp.no-space',
      title: 'No space left',
      cause: 'the file system is full (or the quota is used up)'
    }
  }
  if (failure.code === 'EROFS' || (mount?.flags.readOnly && !exec && failure.step !== 'list')) {
    return {
      id: 'temp.read-only',
      title: 'Read-only file system',
      cause: `${mount?.mountPoint ?? 'it'} is mounted read-only`
    }
  }
  if (exec) {
    if (mount?.flags.noexec) {
      return {
        id: 'temp.noexec',
        title: 'Mounted noexec',
        cause: `${mount.mountPoint} is mounted noexec: every \`go test\` fails with "fork/exec .../x.test: permission denied" (golang/go#52941)`
      }
    }
    if (
      failure.win32Error === ERROR_ACCESS_DISABLED_BY_POLICY ||
      failure.win32Error === ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION
    ) {
      return {
        id: 'temp.exec-blocked-by-policy',
        title: 'Executable blocked by policy',
        cause: `Windows refused to start the copied executable (error ${failure.win32Error}): an AppLocker or Application Control (WDAC) policy blocks programs in this folder`
      }
    }
    if (failure.win32Error === ERROR_VIRUS_INFECTED || failure.win32Error === ERROR_VIRUS_DELETED) {
      return {
        id: 'temp.exec-quarantined',
        title: 'Executable stopped by antivirus',
        cause: `antivirus blocked or removed the freshly written executable (Windows error ${failure.win32Error})`
      }
    }
    if (failure.code === 'TIMEOUT') {
      return {
        id: 'temp.exec-timeout',
        title: 'Executable hung',
        cause: 'the copied executable did not exit in time (a scanner may hold it)'
      }
    }
    if (failure.code === 'EXIT') {
      return {
        id: 'temp.exec-failed',
        title: 'Executable failed',
        cause: 'the copied executable started but failed'
      }
    }
    return {
      id: 'temp.exec-denied',
      title: 'Cannot execute',
      cause: aclReason
        ? `execute is not allowed: ${aclReason}`
        : 'the copied executable could not be started'
    }
  }
  if (failure.step === 'delete') {
    return {
      id: 'temp.delete-failed',
      title: 'Cannot delete',
      cause: aclReason
        ? `delete is not allowed: ${aclReason}`
        : 'the probe folder could not be removed, even with retries: t.TempDir() cleanup will fail the same way'
    }
  }
  if (failure.code === 'ENOENT' && failure.step === 'create') {
    return { id: 'temp.missing', title: 'Directory missing', cause: 'the directory does not exist' }
  }
  if (failure.code === 'EACCES' || failure.code === 'EPERM') {
    return {
      id: 'temp.permission-denied',
      title: 'Permission denied',
      cause: aclReason
        ? `${failure.step} is not allowed: ${aclReason}`
        : `${failure.step} was refused: this user may not ${failure.step} here`
    }
  }
  return {
    id: 'temp.probe-failed',
    title: `Probe step ${failure.step} failed`,
    cause: failure.message
  }
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

/** A YAML step that gives Go a fresh directory it can use, on a different base than the broken one. */
export function moveTempRemedy(platform: NodeJS.Platform, roles: TempRole[]): string {
  const onRunnerTemp = !roles.includes('runner-temp')
  if (platform === 'win32') {
    const base = onRunnerTemp ? '$env:RUNNER_TEMP' : '$env:USERPROFILE'
    return [
      '# or set `fix-temp: true` on this action',
      '- name: Give Go a usable temp directory',
      '  shell: pwsh',
      '  run: |',
      `    $dir = New-Item -ItemType Directory -Force -Path "${base}\\go-tmp"`,
      '    "GOTMPDIR=$dir", "TMP=$dir", "TEMP=$dir" | Add-Content -Path $env:GITHUB_ENV'
    ].join('\n')
  }
  const base = onRunnerTemp ? '$RUNNER_TEMP' : '$HOME'
  return [
    '# or set `fix-temp: true` on this action',
    '- name: Give Go an exec-able temp directory',
    '  shell: bash',
    '  run: |',
    `    mkdir -p "${base}/go-tmp"`,
    `    echo "GOTMPDIR=${base}/go-tmp" >> "$GITHUB_ENV"`,
    `    echo "TMPDIR=${base}/go-tmp" >> "$GITHUB_ENV"`
  ].join('\n')
}

function cacheRemedy(names: string[]): string {
  const lines = ['env:']
  if (names.includes('GOCACHE')) lines.push('  GOCACHE: ${{ runner.temp }}/go-build-cache')
  if (names.includes('GOMODCACHE')) lines.push('  GOMODCACHE: ${{ runner.temp }}/go-mod-cache')
  return lines.join('\n')
}

function createDirectoryRemedy(platform: NodeJS.Platform, path: string): string {
  const quoted = JSON.stringify(path)
  return platform === 'win32'
    ? [
        '- name: Create GOTMPDIR',
        '  shell: pwsh',
        `  run: New-Item -ItemType Directory -Force -Path '${path.replace(/'/g, "''")}'`
      ].join('\n')
    : ['- name: Create GOTMPDIR', '  shell: bash', `  run: mkdir -p ${quoted}`].join('\n')
}

function remedyFor(id: string, evidence: DirectoryEvidence): string {
  const { directory, platform } = evidence
  if (id === 'temp.gotmpdir-missing') return createDirectoryRemedy(platform, directory.path)
  if (id.startsWith('temp.delete')) {
    return [
      '# on this action: keep antivirus away from temp files Go writes',
      'with:',
      '  defender-exclusions: add'
    ].join('\n')
  }
  const onlyCache = directory.roles.every(role => role === 'cache')
  return onlyCache ? cacheRemedy(directory.names) : moveTempRemedy(platform, directory.roles)
}

function describe(directory: TempDirectory): string {
  return `${directory.path} (${directory.names.join(', ')})`
}

/** The report entry and findings for one directory. */
export function assessDirectory(evidence: DirectoryEvidence): DirectoryAssessment {
  const { directory, probe, facts } = evidence
  const findings: Finding[] = []
  const add = (
    id: string,
    severity: Severity | undefined,
    title: string,
    message: string
  ): void => {
    if (!severity || findings.some(finding => finding.id === id)) return
    findings.push({
      id,
      severity,
      title: `${title}: ${directory.path}`,
      message,
      remedy: remedyFor(id, evidence),
      remedyLanguage: 'yaml'
    })
  }
  const explanationParts: string[] = []

  if (!evidence.exists) {
    if (directory.mustExist) {
      add(
        'temp.gotmpdir-missing',
        'error',
        'GOTMPDIR does not exist',
        `GOTMPDIR is ${directory.path}, which does not exist: Go does not create it and every build fails (golang/go#32320).`
      )
    } else if (directory.createdByGo) {
      explanationParts.push(
        evidence.probedPath
          ? `does not exist yet (Go creates it); probed its nearest existing parent ${evidence.probedPath}`
          : 'does not exist yet (Go creates it) and no parent exists'
      )
    } else {
      add(
        'temp.missing',
        severityFor(directory.roles, 'create'),
        'Directory missing',
        `${describe(directory)} does not exist.`
      )
    }
  }
  if (directory.names.includes('Windows directory')) {
    add(
      'temp.windows-dir-fallback',
      'warning',
      'Temp dir falls back to the Windows directory',
      `TMP, TEMP and USERPROFILE are all unset, so os.TempDir() is ${directory.path}: Go builds there, and any process that may not write ` +
        'there fails with "go: creating work dir: mkdir C:\\WINDOWS\\go-build...: Access is denied." (golang/go#24855).'
    )
  }

  if (probe?.failure) {
    const failure = probe.failure
    const cause = classifyFailure(failure, facts)
    const severity =
      cause.id === 'temp.missing'
        ? severityFor(directory.roles, 'create')
        : severityFor(directory.roles, STEP_NEED[failure.step])
    add(
      cause.id,
      severity,
      cause.title,
      `${describe(directory)}: probe step "${failure.step}" failed: ${cause.cause}. Error: ${failure.message}`
    )
  }
  if (probe && probe.deleteRetries > 0 && !probe.leftover) {
    add(
      'temp.delete-retried',
      weaker(severityFor(directory.roles, 'delete'), 'warning'),
      'Deleting needed retries',
      `${describe(directory)}: removing the probe folder failed ${probe.deleteRetries} time(s) before it succeeded: ` +
        'another process (antivirus, indexer) held the files. t.TempDir() cleanup fails with "used by another process" when this lasts over 2 s.'
    )
  }
  if (probe?.leftover) {
    add(
      'temp.leftover',
      'warning',
      'Probe folder left behind',
      `Could not remove ${probe.leftover}; delete it by hand.`
    )
  }
  if (probe?.freeBytes !== undefined) {
    const mib = Math.floor(probe.freeBytes / 1024 / 1024)
    if (probe.freeBytes < MIN_FREE_BYTES) {
      add(
        'temp.no-space',
        severityFor(directory.roles, 'space'),
        'No space left',
        `${describe(directory)}: only ${mib} MiB free (minimum ${MIN_FREE_BYTES / 1024 / 1024} MiB).`
      )
    } else if (probe.freeBytes < LOW_FREE_BYTES) {
      add(
        'temp.low-space',
        weaker(severityFor(directory.roles, 'space'), 'warning'),
        'Low free space',
        `${describe(directory)}: ${mib} MiB free (below ${LOW_FREE_BYTES / 1024 / 1024} MiB).`
      )
    }
  }
  if (probe?.freeInodes !== undefined) {
    if (probe.freeInodes < MIN_FREE_INODES) {
      add(
        'temp.no-inodes',
        severityFor(directory.roles, 'space'),
        'No free inodes',
        `${describe(directory)}: ${probe.freeInodes} free inodes (minimum ${MIN_FREE_INODES}).`
      )
    } else if (probe.freeInodes < LOW_FREE_INODES) {
      add(
        'temp.low-inodes',
        weaker(severityFor(directory.roles, 'space'), 'warning'),
        'Few free inodes',
        `${describe(directory)}: ${probe.freeInodes} free inodes (below ${LOW_FREE_INODES}).`
      )
    }
  }

  // Static facts explain; the probe decides. They raise a warning only when the probe failed too.
  const staticSeverity: Severity = probe?.failure ? 'warning' : 'notice'
  if (facts?.kind === 'unix' && (facts.mode & 0o002) !== 0 && (facts.mode & 0o1000) === 0) {
    add(
      'temp.world-writable',
      'warning',
      'World-writable without sticky bit',
      `${describe(directory)} has mode ${modeString(facts.mode)}: any user can delete or replace files other users create there.`
    )
  }
  if (facts?.kind === 'windows') {
    const { assessment } = facts
    if (assessment.denyAces.length > 0) {
      add(
        'temp.acl-deny',
        staticSeverity,
        'Deny ACEs for this user',
        `${describe(directory)} has deny ACEs that apply to this user or its groups: ${assessment.denyAces.map(ace => ace.text).join(' ')}.`
      )
    }
    if (assessment.protectedWithoutGrant) {
      add(
        'temp.acl-protected',
        staticSeverity,
        'Protected DACL grants this user nothing',
        `${describe(directory)} does not inherit permissions (DACL flag P) and no ACE grants this user or its groups anything.`
      )
    }
    if (assessment.worldWritable) {
      add(
        'temp.world-writable',
        'notice',
        'Shared, world-writable directory',
        `${describe(directory)}: ${assessment.worldWritable.text} lets every user create files here; other users can interfere with test files.`
      )
    }
  }

  const explanation = [...explanationParts, explainFacts(facts) ?? '']
    .filter(part => part !== '')
    .join('; ')
  const report: TempDirectoryReport = {
    path: directory.path,
    names: directory.names,
    status: directoryStatus(findings, evidence.probeError !== undefined),
    steps: probe?.steps ?? [],
    ...(probe?.firstRunMs === undefined ? {} : { firstRunMs: probe.firstRunMs }),
    ...(probe?.secondRunMs === undefined ? {} : { secondRunMs: probe.secondRunMs }),
    ...(probe?.freeBytes === undefined ? {} : { freeBytes: probe.freeBytes }),
    ...(probe?.freeInodes === undefined ? {} : { freeInodes: probe.freeInodes })
  }
  const reason = evidence.probeError ? `probe could not run: ${evidence.probeError}` : ''
  const fullExplanation = [reason, explanation].filter(part => part !== '').join('; ')
  if (fullExplanation !== '') report.explanation = fullExplanation
  return { report, findings }
}

function weaker(a: Severity | undefined, b: Severity): Severity | undefined {
  return a && milderSeverity(a, b)
}

export function directoryStatus(findings: Finding[], couldNotProbe: boolean): CheckStatus {
  return statusFromFindings(findings, couldNotProbe ? 'unknown' : 'pass')
}
