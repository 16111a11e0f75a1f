// The verdict of the Defender check: status, one-line summary and findings with remedies, from
// the gathered facts. Pure, so every case is a unit test.
import type { CheckStatus, Finding } from '../../report/types.js'
import type { DefenderDetails, DefenderPathCoverage } from './types.js'
import type { TempDetails } from '../temp/types.js'
import { goProcessExclusions, powershellQuote } from './coverage.js'
import type { CmdletFailure } from './parse.js'

/**
 * A first start this much slower than the second suggests an on-access scan of the new file.
 * Without a scanner the two starts of the same small executable differ by a few milliseconds.
 */
export const NOTABLE_SCAN_COST_MS = 50

export interface RemediationOutcome {
  /** Paths passed to Add-MpPreference. */
  attempted: string[]
  /** Add-MpPreference succeeded: what the post step removes. */
  added: string[]
  /** Added and present when ExclusionPath was read back. */
  verified: string[]
  failed: { path: string; error: string }[]
  /** Uncovered drive or share roots: never excluded by this action. */
  skippedRoots: string[]
  notElevated: boolean
  /** The PowerShell run for the change failed as a whole. */
  error?: string
  restore: boolean
}

export interface JudgeInput {
  details: DefenderDetails
  preferenceError?: CmdletFailure
  /** Whether exclusions were hidden from this process (non-admin placeholder). */
  exclusionsHidden: boolean
  hiddenPlaceholder?: string
  hosted: boolean
  remediation?: RemediationOutcome
  exclusionsInput: 'off' | 'add'
  temp?: TempDetails
}

export interface Judgement {
  status: CheckStatus
  summary: string
  findings: Finding[]
}

export function judgeDefender(input: JudgeInput): Judgement {
  const { details } = input
  const findings: Finding[] = []
  findings.push(...processExclusionFindings(details.processExclusions))
  findings.push(...appLockerFindings(details, input.temp))
  if (details.state === 'unknown') {
    return { status: 'unknown', summary: details.stateReason, findings }
  }
  if (details.state !== 'active') {
    return inactiveJudgement(input, findings)
  }

  const remediation = input.remediation
  if (remediation) findings.push(...remediationFindings(remediation, details.coverage))
  const uncovered = details.coverage.filter(c => c.coverage === 'not-covered')
  const possibly = details.coverage.filter(c => c.coverage === 'possibly-covered')
  const unknown = details.coverage.filter(c => c.coverage === 'unknown')
  if (possibly.length > 0) findings.push(possiblyCoveredFinding(possibly))

  if (unknown.length > 0) {
    const why = input.exclusionsHidden
      ? `Defender hides its exclusions from this non-elevated process (${JSON.stringify(input.hiddenPlaceholder ?? 'N/A')})`
      : `Get-MpPreference failed${input.preferenceError ? `: ${input.preferenceError.id}` : ''}`
    const costly = unknown.filter(c => (c.scanCostMs ?? 0) >= NOTABLE_SCAN_COST_MS)
    findings.push({
      id: 'defender.coverage-unknown',
      severity: costly.length > 0 ? 'warning' : 'notice',
      title: 'Defender exclusions could not be read',
      message: `${why}, so whether Go's paths are excluded is unknown: ${unknown.map(describePath).join('; ')}.`,
      remedy: addLines(
        unknown.map(c => c.path),
        'if they are not excluded yet'
      ),
      remedyLanguage: 'powershell'
    })
    if (uncovered.length === 0) {
      return costly.length > 0
        ? {
            status: 'warn',
            summary: `Defender is active and its exclusions are hidden; a new executable's first start costs up to ${worstCost(costly)} ms, so Go's paths are likely scanned.`,
            findings
          }
        : {
            status: 'unknown',
            summary: `Defender is active, but ${why}: coverage of Go's paths is unknown.`,
            findings
          }
    }
  }

  if (uncovered.length > 0) {
    findings.push(notExcludedFinding(uncovered, input))
    const cost = worstCost(uncovered)
    return {
      status: 'warn',
      summary: `Defender scans files on access and ${uncovered.length} of ${details.coverage.length} Go paths are not excluded${cost === undefined ? '' : ` (a new binary's first start costs up to ${cost} ms)`}.`,
      findings
    }
  }
  const added = details.exclusionsAdded.length
  const addedText =
    added === 0
      ? ''
      : `; this run excluded ${added} path(s)${remediation?.restore === false ? ', kept after the job' : ', removed again in the post step'}`
  return {
    status: 'pass',
    summary: `Defender is active and every Go path is excluded${possibly.length > 0 ? ' or possibly excluded' : ''}${addedText}.`,
    findings
  }
}

function inactiveJudgement(input: JudgeInput, findings: Finding[]): Judgement {
  const { details } = input
  const hostedNote =
    input.hosted && details.state === 'off'
      ? ' GitHub-hosted Windows images turn real-time monitoring off (and exclude C:\\ and D:\\): scanning cannot slow or break tests here.'
      : ' Defender does not scan new files here, so its exclusions do not matter.'
  const costly = details.coverage.filter(c => (c.scanCostMs ?? 0) >= NOTABLE_SCAN_COST_MS)
  if (costly.length > 0) {
    findings.push({
      id: 'defender.scan-cost-without-defender',
      severity: 'notice',
      title: 'New executables start slowly although Defender is not scanning',
      message: `${costly.map(describePath).join('; ')}. Another antivirus or a file-system filter may inspect new executables; exclude these folders there.`
    })
  }
  return { status: 'pass', summary: `${details.stateReason}${hostedNote}`, findings }
}

function notExcludedFinding(uncovered: DefenderPathCoverage[], input: JudgeInput): Finding {
  const notElevated = input.remediation?.notElevated === true
  const advice =
    input.exclusionsInput === 'add'
      ? notElevated
        ? ' `defender-exclusions: add` needs an elevated (administrator) runner process, and this one is not: run these lines once in an elevated PowerShell on the runner.'
        : ' Run these lines in an elevated PowerShell on the runner.'
      : ' Run these lines once in an elevated PowerShell on the runner, or set `defender-exclusions: add` on this action (elevated runners) to exclude them for this job only.'
  return {
    id: notElevated ? 'defender.needs-elevation' : 'defender.not-excluded',
    severity: 'warning',
    title: notElevated
      ? 'Defender exclusions need an elevated runner'
      : 'Go paths are not excluded from Defender',
    message: `Defender scans each file Go writes and each test binary it starts, which slows \`go test\` and can make t.TempDir cleanup fail with "used by another process" (golang/go#26055, #50051). ${uncovered.map(describePath).join('; ')}.${advice}`,
    remedy: addLines(uncovered.map(c => c.path)),
    remedyLanguage: 'powershell'
  }
}

function possiblyCoveredFinding(possibly: DefenderPathCoverage[]): Finding {
  return {
    id: 'defender.possibly-excluded',
    severity: 'notice',
    title: 'Go paths only possibly excluded from Defender',
    message: `These paths match only a wildcard or an environment-variable exclusion, which Defender may read differently: ${possibly.map(c => `${c.label} ${c.path} (by ${c.by ?? '?'})`).join('; ')}.`,
    remedy: addLines(
      possibly.map(c => c.path),
      'to be sure'
    ),
    remedyLanguage: 'powershell'
  }
}

function remediationFindings(
  remediation: RemediationOutcome,
  coverage: DefenderPathCoverage[]
): Finding[] {
  const findings: Finding[] = []
  if (remediation.error) {
    findings.push({
      id: 'defender.add-failed',
      severity: 'warning',
      title: 'Could not add Defender exclusions',
      message: `defender-exclusions: add: ${remediation.error}`
    })
  }
  for (const failure of remediation.failed) {
    findings.push({
      id: 'defender.add-failed',
      severity: 'warning',
      title: 'Could not add a Defender exclusion',
      message: `Add-MpPreference -ExclusionPath ${powershellQuote(failure.path)} failed: ${failure.error}.`
    })
  }
  const unverified = remediation.added.filter(path => !remediation.verified.includes(path))
  if (unverified.length > 0) {
    findings.push({
      id: 'defender.add-unverified',
      severity: 'warning',
      title: 'Added Defender exclusions do not show',
      message: `Add-MpPreference succeeded but ExclusionPath does not list ${unverified.join(', ')}: a policy may override local exclusions (DisableLocalAdminMerge).`
    })
  }
  if (remediation.skippedRoots.length > 0) {
    findings.push({
      id: 'defender.root-not-excluded',
      severity: 'notice',
      title: 'Drive roots are not excluded by this action',
      message: `${remediation.skippedRoots.join(', ')} would exclude a whole drive or share; exclude a narrower folder instead.`
    })
  }
  if (remediation.verified.length > 0) {
    const covered = coverage.filter(c => c.by !== undefined && remediation.verified.includes(c.by))
    findings.push({
      id: 'defender.exclusions-added',
      severity: 'notice',
      title: 'Defender exclusions added for this job',
      message: `Excluded ${remediation.verified.join(', ')} (covering ${covered.map(c => c.label).join(', ')}); ${remediation.restore ? 'the post step removes them' : 'kept after the job (defender-restore: false)'}. Real-time protection stays on.`
    })
  }
  return findings
}

function processExclusionFindings(processExclusions: string[]): Finding[] {
  const go = goProcessExclusions(processExclusions)
  if (go.length === 0) return []
  return [
    {
      id: 'defender.go-process-exclusion',
      severity: 'notice',
      title: 'go.exe is a process exclusion',
      message: `Defender skips files that go.exe itself opens (${go.join(', ')}), not those its children open or start: the compiler, the linker and each test binary are still scanned. Path exclusions cover them.`
    }
  ]
}

function appLockerFindings(details: DefenderDetails, temp: TempDetails | undefined): Finding[] {
  if (!details.appLocker?.enforcesExe) return []
  const blocked = (temp?.directories ?? []).filter(directory =>
    directory.steps.some(step => step.step === 'exec-first' && !step.ok)
  )
  const where =
    blocked.length > 0
      ? ` The temp-dir probe could not start a new executable in ${blocked.map(d => d.path).join(', ')}: a program refused with Windows error 1260 ("This program is blocked by group policy") is refused by this Exe rule collection.`
      : ''
  return [
    {
      id: 'defender.applocker-exe-rules',
      severity: 'notice',
      title: 'AppLocker enforces executable rules',
      message: `AppLocker: ${details.appLocker.detail}. \`go test\` starts test binaries from its temp folder, so an Exe rule must allow that folder.${where}`
    }
  ]
}

function describePath(c: DefenderPathCoverage): string {
  const cost =
    c.scanCostMs === undefined
      ? 'no start-up measurement here'
      : `a new binary's first start costs ${c.scanCostMs} ms more than its second here`
  const state = c.coverage === 'not-covered' ? 'not excluded' : c.coverage
  return `${c.label} ${c.path}: ${state}, ${cost}`
}

function worstCost(paths: DefenderPathCoverage[]): number | undefined {
  const costs = paths.map(c => c.scanCostMs).filter((cost): cost is number => cost !== undefined)
  return costs.length > 0 ? Math.max(...costs) : undefined
}

/** Paste-able lines for an elevated PowerShell; quoting is safe for any path. */
export function addLines(paths: string[], condition?: string): string {
  return [
    `# elevated PowerShell on the runner${condition ? `, ${condition}` : ''}`,
    ...paths.map(path => `Add-MpPreference -ExclusionPath ${powershellQuote(path)}`)
  ].join('\n')
}
