// Pure: the job summary, GitHub-flavoured Markdown for core.summary.addRaw. It reads top down:
// the verdict, the cause and the fix; the measured figures against their limits; the checks with
// problems; the passing checks folded into one block. Raw data stays in the JSON report.
import { formatNumber } from './format.js'
import { collapsible, escapeCell, escapeText, fenced, table } from './markdown.js'
import { METRIC_MEANINGS } from './names.js'
import { KEEP, MAX_FINDINGS_PER_ID, parseLimit, STATUS_ICON, type Part } from './parts.js'
import { renderCacheSection } from '../cache/summary.js'
import { CHECK_IDS, checkName, entryOf } from '../checks/catalogue.js'
import type { CheckResult, Finding, Report } from './types.js'
import { formatValue, splitRemedy, verdictStatement, weighedLevel, type Cause } from './verdict.js'

/** GitHub refuses a step summary over 1 MiB; keep a margin for what others append. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

/** A section renders its parts from the report; the summary is these sections in order. */
export type SummarySection = (report: Report) => Part[]

export function renderSummary(
  report: Report,
  sections: readonly SummarySection[] = SUMMARY_SECTIONS
): string {
  return fit(sections.flatMap(section => section(report)))
}

// ---- Sections

/** The verdict sentence, the cause that decided it in plain words, and the fix to type. */
export function verdictSection(report: Report): Part[] {
  const statement = verdictStatement(report)
  const lines = [`## ${VERDICT_ICON[report.verdict]} ${escapeText(statement.sentence)}`, '']
  const { cause, causes } = statement
  if (cause) {
    lines.push(`**Cause:** ${escapeText(cause.text)}`)
    if (cause.remedy) lines.push('', ...remedyLines(cause))
    if (causes.length > 1)
      lines.push(
        '',
        `${causes.length - 1} more ${causes.length === 2 ? 'problem' : 'problems'} below.`
      )
  } else if (statement.advice) {
    lines.push(`**Worth a look:** ${escapeText(statement.advice.text)}`)
    if (statement.advice.remedy) lines.push('', ...remedyLines(statement.advice))
  } else {
    lines.push('Nothing to fix.')
  }
  const { decision, environment: env } = report
  const detected = env.evidence.find(e => e.signal === 'detection rule')?.value
  lines.push(
    '',
    `_${decision.failStep ? '**This step fails**' : 'This step does not fail'} (inputs \`mode\`, \`fail-on\`). ` +
      `Judged as a **${escapeText(env.class)}** runner` +
      (env.overridden
        ? ` (input \`environment\`; detected ${escapeText(env.detected)})`
        : detected
          ? ` (detected: ${escapeText(detected)})`
          : ' (detected)') +
      `; ${escapeText(env.runner.os)} ${escapeText(env.runner.arch)}, ${escapeText(env.runner.environment)}._`
  )
  if (report.suspicious) {
    lines.push(
      '',
      '> [!WARNING]\n> Some figures look implausible for this environment: read them with care.'
    )
  }
  return [{ text: lines.join('\n'), keep: KEEP.always }]
}

function remedyLines(cause: Pick<Cause, 'remedy' | 'remedyLanguage'>): string[] {
  if (!cause.remedy) return []
  // A prose remedy wraps as text; only something to paste goes in a fence.
  if (!cause.remedyLanguage) return [`**Fix:** ${escapeText(cause.remedy)}`]
  const { input, rest } = splitRemedy(cause.remedy)
  if (input) {
    return [
      `**Fix:** set this action's input \`${escapeText(input)}\`:`,
      '',
      fenced('yaml', `with:\n  ${input}`),
      '',
      collapsible("Or without this action's help", fenced(cause.remedyLanguage, rest))
    ]
  }
  return [`**Fix** (${cause.remedyLanguage}):`, '', fenced(cause.remedyLanguage, cause.remedy)]
}

const METRIC_ORDER = ['wake-p99', 'sleep-deviation-pct', 'timer-resolution', 'cpu-throttled-pct']

/** Each judged figure against its limit; what was not measured goes to one line. */
export function limitsSection(report: Report): Part[] {
  const rows: string[][] = []
  const notChecked: string[] = []
  for (const id of METRIC_ORDER) {
    const limitText = report.decision.thresholds[id]
    if (limitText === undefined || limitText === 'off') continue
    const metric = report.metrics.find(m => m.id === id)
    const limit = parseLimit(limitText)
    if (!metric || !limit || !metric.trials.concat(metric.value).some(Number.isFinite)) {
      notChecked.push(`${id} (not measured on this runner)`)
      continue
    }
    const breach = report.decision.breaches.find(b => b.metric === id)
    rows.push([
      `**${id}**: ${escapeCell(METRIC_MEANINGS[id] ?? '')}`,
      `${breach ? formatValue(breach.value, breach.unit) : formatValue(metric.value, metric.unit)}` +
        (metric.trials.length > 1 ? ` (median of ${metric.trials.length} trials)` : ''),
      formatValue(limit.value, limit.unit),
      breach ? `${SEVERITY_ICON[breach.severity]} no` : '✅ yes'
    ])
  }
  for (const check of report.checks) {
    if (check.status === 'skipped') {
      const name = checkName(check.id)
      const why = check.summary.replace(/\.$/, '').replace(`${name} `, '')
      notChecked.push(`${name} (${why})`)
    }
  }
  const parts: Part[] = []
  if (rows.length > 0) {
    parts.push({
      text: `### Measured against the ${escapeText(report.environment.class)} limits\n\n${table(['Metric', 'Measured', 'Limit', 'Within?'], rows)}`,
      keep: KEEP.always
    })
  }
  if (notChecked.length > 0) {
    parts.push({
      text: `**Not checked:** ${notChecked.map(escapeText).join('; ')}.`,
      keep: KEEP.always
    })
  }
  return parts
}

function hasProblem(check: CheckResult): boolean {
  return check.status === 'warn' || check.status === 'fail' || check.status === 'unknown'
}

/** In catalogue order; results of one check keep their order. */
function orderedChecks(report: Report): CheckResult[] {
  const rank = (id: CheckResult['id']) => CHECK_IDS.indexOf(id)
  return report.checks
    .map((check, order) => ({ check, order }))
    .sort((a, b) => rank(a.check.id) - rank(b.check.id) || a.order - b.order)
    .map(({ check }) => check)
}

/** The checks that warned, failed or could not run: each with its findings and figures. */
export function problemsSection(report: Report): Part[] {
  return orderedChecks(report)
    .filter(hasProblem)
    .flatMap(check => checkFrame(check, report, '###'))
}

/** Every check that passed, folded into one block: its line and its figures. */
export function passedSection(report: Report): Part[] {
  const passed = orderedChecks(report).filter(check => check.status === 'pass')
  if (passed.length === 0) return []
  const body = passed
    .flatMap(check => checkFrame(check, report, '####'))
    .map(part => part.text)
    .filter(Boolean)
    .join('\n\n')
  const names = passed.map(check => checkName(check.id)).join(', ')
  return [
    {
      text: collapsible(`✅ ${passed.length} passed: ${names}`, body),
      compact: collapsible(
        `✅ ${passed.length} passed: ${names}`,
        passed.map(c => `- ${escapeText(checkName(c.id))}: ${escapeText(c.summary)}`).join('\n')
      ),
      keep: KEEP.tables
    }
  ]
}

export function cacheSection(report: Report): Part[] {
  return report.cache ? [{ text: renderCacheSection(report.cache), keep: KEEP.tables }] : []
}

export function footerSection(report: Report): Part[] {
  return [
    {
      text: `_${escapeText(report.tool.name)} ${escapeText(report.tool.version)}, took ${formatNumber(report.durationMs / 1000)} s. Every figure, with its unit, is in the JSON report (output \`report\`)._`,
      keep: KEEP.always
    }
  ]
}

/** In order. Another section (the dependency cache's, say) is one more entry here. */
export const SUMMARY_SECTIONS: readonly SummarySection[] = [
  verdictSection,
  limitsSection,
  problemsSection,
  passedSection,
  cacheSection,
  footerSection
]

// ---- The frame every check shares: heading, one-line summary, findings, its own figures

function checkFrame(check: CheckResult, report: Report, level: '###' | '####'): Part[] {
  const entry = entryOf(check.id)
  const hasBody = check.details !== undefined && check.status !== 'skipped'
  const line = hasBody && entry.bodyRestatesSummary ? '' : `\n\n${escapeText(check.summary)}`
  const heading = `${level} ${STATUS_ICON[check.status] ?? ''} ${escapeText(entry.name)}${line}`
  const parts: Part[] = [{ text: heading, keep: KEEP.always }, ...findingParts(check, report)]
  if (hasBody) parts.push(...entry.body(check.details, { thresholds: report.decision.thresholds }))
  return parts
}

/** Findings sharing an id and a remedy (one per test line, say) are listed once, remedy once. */
function findingParts(check: CheckResult, report: Report): Part[] {
  const groups = new Map<string, Finding[]>()
  for (const finding of check.findings) {
    // A breach is in the limits table; the timer's figures say the rest.
    if (finding.id.startsWith('policy.')) continue
    const key = `${finding.id}\u0000${finding.remedy ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), finding])
  }
  const shownRemedies = new Set<string>()
  return [...groups.values()].map(list => {
    const first = list[0]
    const level = weighedLevel(report, check.id, first.severity) ?? first.severity
    const lines = [
      `**${SEVERITY_ICON[level]} ${escapeText(first.title)}${list.length > 1 ? ` (${list.length}×)` : ''}**`,
      ''
    ]
    for (const finding of list.slice(0, MAX_FINDINGS_PER_ID)) {
      const where = finding.file
        ? `\`${escapeText(finding.file)}${finding.line ? `:${finding.line}` : ''}\`: `
        : ''
      lines.push(`${list.length > 1 ? '- ' : ''}${where}${escapeText(finding.message)}`)
    }
    if (list.length > MAX_FINDINGS_PER_ID)
      lines.push(`- … and ${list.length - MAX_FINDINGS_PER_ID} more in the JSON report`)
    // Findings of one check often share a fix (two problems with one directory): say it once.
    if (first.remedy && shownRemedies.has(first.remedy)) lines.push('', '**Fix:** as above.')
    else if (first.remedy) lines.push('', ...remedyLines(first))
    if (first.remedy) shownRemedies.add(first.remedy)
    return { text: lines.join('\n'), compact: '', keep: KEEP.findings }
  })
}

// ---- Size

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function fit(parts: Part[]): string {
  const join = () =>
    parts
      .map(part => part.text)
      .filter(Boolean)
      .join('\n\n') + '\n'
  let total = parts.reduce((sum, part) => sum + bytes(part.text) + 2, 1)
  const notice =
    "> [!NOTE]\n> This summary was shortened to stay under GitHub's 1 MiB limit: the least important parts were left out. The JSON report has everything."
  const budget = SUMMARY_LIMIT_BYTES - bytes(notice) - 2
  if (total <= SUMMARY_LIMIT_BYTES) return join()
  const order = parts
    .map((part, index) => ({ part, index }))
    .sort((a, b) => a.part.keep - b.part.keep || b.index - a.index)
  for (const { part } of order) {
    if (total <= budget) break
    const replacement = part.compact ?? ''
    total += bytes(replacement) - bytes(part.text)
    part.text = replacement
  }
  const kept = parts.filter(part => part.text !== '')
  kept.splice(1, 0, { text: notice, keep: KEEP.always })
  let text = kept.map(part => part.text).join('\n\n') + '\n'
  // Only the parts that are never dropped are left: cut at a line boundary as a last resort.
  if (bytes(text) > SUMMARY_LIMIT_BYTES) {
    const buffer = Buffer.from(text, 'utf8').subarray(0, SUMMARY_LIMIT_BYTES - 200)
    text =
      buffer
        .toString('utf8')
        .replace(/\n[^\n]*$/, '')
        .replace(/\uFFFD$/, '') + '\n\n_(cut here: too long)_\n'
  }
  return text
}
