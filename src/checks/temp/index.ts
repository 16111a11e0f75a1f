// Temp directories Go will use: resolved with Go's rules, proven by a functional probe, failures
// explained by the mount (Unix) or the DACL (Windows), optionally fixed for later steps.
import { realpathSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { RunContext } from '../../context.js'
import { errorMessage } from '../../errors.js'
import { pathKey } from '../../paths.js'
import {
  bySeverity,
  resultBuilder,
  statusFromFindings,
  type CheckResultOf,
  type CheckStatus,
  type Finding
} from '../result.js'
import type { TempDetails, TempDirectoryReport } from './types.js'
import { assessDirectory, type DirectoryEvidence } from './assess.js'
import { applyTempFix } from './fix.js'
import { openTempPlatform } from './open.js'
import type { StaticFacts, TempPlatform } from './platform.js'
import { probeDirectory, type ProbeTarget } from './probe.js'
import { groupDirectories, tempCandidates, type TempDirectory, type TempRole } from './resolve.js'

/** A first start of a new executable can wait for an on-access scan: allow it time. */
export const EXEC_TIMEOUT_MS = 30_000

/** Roles a fix-temp directory takes over: later steps' GOTMPDIR, TMPDIR, TMP and TEMP. */
const FIXABLE_ROLES: readonly TempRole[] = ['go-work', 'test-temp', 'env-temp']

export async function checkTempDirs(
  args: { extraPaths: string[]; goEnv?: Record<string, string>; fixTemp: boolean },
  ctx: RunContext
): Promise<CheckResultOf<'temp-dirs', TempDetails>> {
  const finish = resultBuilder<'temp-dirs', TempDetails>('temp-dirs', 'Temp directories')
  const chosen = openTempPlatform(ctx)
  if (!chosen.supported) return finish({ status: 'unknown', summary: chosen.reason, findings: [] })
  const platform = chosen.value
  const directories = groupDirectories(
    tempCandidates({
      platform: ctx.platform,
      env: ctx.env,
      goEnv: args.goEnv,
      extraPaths: args.extraPaths,
      isSystemAccount: platform.isSystemAccount
    }),
    ctx.platform,
    path => canonicalKey(path, ctx.platform)
  )
  const target: ProbeTarget = { ...platform.probe, execTimeoutMs: EXEC_TIMEOUT_MS }

  const assessed: { directory: TempDirectory; report: TempDirectoryReport; findings: Finding[] }[] =
    []
  for (const directory of directories) {
    const evidence = await gatherEvidence(directory, ctx.platform, platform, target)
    assessed.push({ directory, ...assessDirectory(evidence) })
  }

  const reports = assessed.map(entry => entry.report)
  let findings = assessed.flatMap(entry => entry.findings)
  const details: TempDetails = { directories: reports }
  const notes = [...platform.notes]

  const needsFix = assessed.some(
    entry =>
      entry.findings.some(f => f.severity !== 'notice') &&
      entry.directory.roles.some(r => FIXABLE_ROLES.includes(r))
  )
  if (args.fixTemp && needsFix) {
    const outcome = await applyTempFix(ctx.env, target)
    if (outcome.fix && outcome.report) {
      details.fix = outcome.fix
      reports.push(outcome.report)
      findings = assessed.flatMap(entry =>
        entry.directory.roles.every(role => FIXABLE_ROLES.includes(role))
          ? entry.findings.map(finding => downgradeFixed(finding, outcome.fix?.directory ?? ''))
          : entry.findings
      )
      findings.push({
        id: 'temp.fix-applied',
        severity: 'notice',
        title: `fix-temp: later steps use ${outcome.fix.directory}`,
        message: `Exported ${outcome.fix.exported.join(', ')} for later steps; the post step removes the directory.`
      })
    } else {
      findings.push({
        id: 'temp.fix-failed',
        severity: 'warning',
        title: 'fix-temp found no usable directory',
        message: `No base directory passed the probe: ${outcome.rejected.join('; ')}.`
      })
    }
  } else if (args.fixTemp) {
    notes.push('fix-temp: not needed, the temp directories Go uses passed')
  }

  const status = checkStatus(findings, reports)
  return finish({
    status,
    summary: summarize(status, assessed, notes),
    findings: bySeverity(findings),
    details
  })
}

/** The same directory under another name (8.3 short name, symlink) gets the same key. */
function canonicalKey(path: string, platform: NodeJS.Platform): string {
  try {
    return pathKey(realpathSync.native(resolve(path)), platform)
  } catch {
    return pathKey(path, platform)
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    stats => stats.isDirectory(),
    () => false
  )
}

async function nearestExistingParent(path: string): Promise<string | undefined> {
  for (let current = dirname(path); ; current = dirname(current)) {
    if (await isDirectory(current)) return current
    if (dirname(current) === current) return undefined
  }
}

async function gatherEvidence(
  directory: TempDirectory,
  platformName: NodeJS.Platform,
  platform: TempPlatform,
  target: ProbeTarget
): Promise<DirectoryEvidence> {
  const path = resolve(directory.path)
  const exists = await isDirectory(path)
  const evidence: DirectoryEvidence = { directory, platform: platformName, exists }
  if (!exists) {
    // Go creates its caches on first use; anything else missing is a finding, with nothing to probe.
    if (!directory.createdByGo) return evidence
    evidence.probedPath = await nearestExistingParent(path)
    if (!evidence.probedPath) return evidence
  } else {
    evidence.probedPath = path
  }
  evidence.facts = await platform
    .explain(evidence.probedPath)
    .catch((error): StaticFacts => ({ kind: 'none', reason: errorMessage(error) }))
  try {
    evidence.probe = await probeDirectory(evidence.probedPath, target)
  } catch (error) {
    evidence.probeError = errorMessage(error)
  }
  return evidence
}

function downgradeFixed(finding: Finding, directory: string): Finding {
  if (finding.severity !== 'error') return finding
  return {
    ...finding,
    severity: 'warning',
    message: `${finding.message} fix-temp moved GOTMPDIR, TMPDIR, TMP and TEMP to ${directory} for later steps.`
  }
}

export function checkStatus(findings: Finding[], reports: TempDirectoryReport[]): CheckStatus {
  const unprobed = reports.length === 0 || reports.some(report => report.status === 'unknown')
  return statusFromFindings(findings, unprobed ? 'unknown' : 'pass')
}

function summarize(
  status: CheckStatus,
  assessed: { directory: TempDirectory; report: TempDirectoryReport; findings: Finding[] }[],
  notes: string[]
): string {
  const count = `${assessed.length} director${assessed.length === 1 ? 'y' : 'ies'}`
  const worst = assessed
    .filter(entry => entry.report.status === 'fail' || entry.report.status === 'warn')
    .map(
      entry =>
        `${entry.directory.path}: ${entry.findings.find(f => f.severity !== 'notice')?.id ?? entry.report.status}`
    )
  const unknown = assessed
    .filter(entry => entry.report.status === 'unknown')
    .map(entry => entry.directory.path)
  const parts: string[] = []
  if (status === 'pass')
    parts.push(`${count} passed the probe (create, list, write, execute, delete)`)
  else parts.push(`${count} probed`)
  if (worst.length > 0) parts.push(`problems: ${worst.join('; ')}`)
  if (unknown.length > 0) parts.push(`could not probe: ${unknown.join(', ')}`)
  parts.push(...notes)
  return parts.join('. ')
}
