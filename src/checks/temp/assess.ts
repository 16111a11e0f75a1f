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
import { classifyFailure, explainFacts, modeString } from './cause.js'
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
