// Pure: the job summary, GitHub-flavoured Markdown for core.summary.addRaw. It reads top down:
// the verdict, the cause and the fix; the measured figures against their limits; the checks with
// problems; the passing checks folded into one block. Raw data stays in the JSON report.
import { formatBytes, formatNumber, formatUs } from './format.js'
import { collapsible, escapeCell, escapeText, fenced, table } from './markdown.js'
import { backendName, checkName, METRIC_MEANINGS } from './names.js'
import { outlierGroups } from './outliers.js'
import { renderCacheSection } from '../cache/summary.js'
import type {
  CheckResult,
  DefenderDetails,
  EndangeredTestsDetails,
  Finding,
  GoInstallDetails,
  Report,
  TempDetails,
  TimerDetails,
  WakeupLoop
} from './types.js'
import { formatValue, splitRemedy, verdictStatement, weighedLevel, type Cause } from './verdict.js'

/** GitHub refuses a step summary over 1 MiB; keep a margin for what others append. */
export const SUMMARY_LIMIT_BYTES = 1_000_000
export const MAX_HIT_ROWS = 100
export const MAX_FINDINGS_PER_ID = 20

/** The checks the summary knows, in the order they are shown. */
export const CHECK_ORDER = [
  'go-install',
  'go-env',
  'timer',
  'temp-dirs',
  'defender',
  'endangered-tests'
] as const

const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const
const STATUS_ICON: Record<string, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  unknown: '❔',
  skipped: '⏭️'
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

/**
 * A part of the summary. When the whole is too large, parts are shrunk to `compact` in order
 * of rising `keep` (least important first).
 */
export interface Part {
  text: string
  compact?: string
  keep: number
}

export const KEEP = {
  always: 100,
  findings: 60,
  tables: 50,
  chart: 40,
  hits: 25
} as const

/** A section renders its parts from the report; the summary is these sections in order. */
export type SummarySection = (report: Report) => Part[]

/** What one check adds under its heading. One function per check: each may move to its check. */
export type CheckBody = (check: CheckResult, report: Report) => Part[]

const cell = (value: string | number | undefined | null): string =>
  value === undefined || value === null || value === '' ? '—' : escapeCell(String(value))
const ms = (value: number | undefined): string =>
  value === undefined ? '—' : formatUs(value * 1000)
const code = (text: string): string => `\`${escapeCell(text).replace(/`/g, "'")}\``

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
      const name = checkName(check.id, check.title)
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

/** A limit as the threshold row writes it (`5ms`, `20%`), in the units formatValue reads. */
export function parseLimit(text: string): { value: number; unit: string } | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(us|ms|s|%)$/.exec(text.trim())
  return match ? { value: Number(match[1]), unit: match[2] } : undefined
}

function hasProblem(check: CheckResult): boolean {
  return check.status === 'warn' || check.status === 'fail' || check.status === 'unknown'
}

function orderedChecks(report: Report): CheckResult[] {
  const rank = (id: string) => {
    const index = (CHECK_ORDER as readonly string[]).indexOf(id)
    return index === -1 ? CHECK_ORDER.length : index
  }
  return report.checks
    .filter(check => check.id !== 'policy')
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
  const names = passed.map(check => checkName(check.id, check.title)).join(', ')
  return [
    {
      text: collapsible(`✅ ${passed.length} passed: ${names}`, body),
      compact: collapsible(
        `✅ ${passed.length} passed: ${names}`,
        passed
          .map(c => `- ${escapeText(checkName(c.id, c.title))}: ${escapeText(c.summary)}`)
          .join('\n')
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

export const CHECK_BODIES: Record<string, CheckBody> = {
  'go-install': goInstallBody,
  'go-env': () => [],
  timer: timerBody,
  'temp-dirs': tempBody,
  defender: defenderBody,
  'endangered-tests': endangeredBody
}

/** Checks whose body says everything their one-line summary says, in plainer words and units. */
const RESTATED_BY_BODY = new Set(['timer'])

function checkFrame(check: CheckResult, report: Report, level: '###' | '####'): Part[] {
  const body = CHECK_BODIES[check.id]
  const hasBody = body !== undefined && check.details !== undefined && check.status !== 'skipped'
  const line = hasBody && RESTATED_BY_BODY.has(check.id) ? '' : `\n\n${escapeText(check.summary)}`
  const heading = `${level} ${STATUS_ICON[check.status] ?? ''} ${escapeText(checkName(check.id, check.title))}${line}`
  const parts: Part[] = [{ text: heading, keep: KEEP.always }, ...findingParts(check, report)]
  if (hasBody) parts.push(...body(check, report))
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

// ---- One body per check

function goInstallBody(check: CheckResult): Part[] {
  const d = check.details as GoInstallDetails
  const source =
    d.source === 'download'
      ? `downloaded${d.url ? ` from ${d.url}` : ''}${d.bytes !== undefined ? ` (${formatBytes(d.bytes)})` : ''}`
      : d.source === 'tool-cache'
        ? 'from the runner tool cache'
        : d.source === 'path'
          ? 'found on PATH'
          : 'not installed'
  const checksum =
    d.checksum === 'verified'
      ? 'sha256 verified against go.dev'
      : d.checksum === 'unverified'
        ? 'sha256 **not** verified'
        : 'no download, so no sha256 to check'
  const took = Object.entries(d.timingsMs)
    .filter(([, value]) => value !== undefined)
    .map(([step, value]) => `${step} ${ms(value)}`)
    .join(', ')
  const line =
    `${cell(d.goVersion ?? d.resolvedVersion ?? 'No Go')} ${escapeText(source)}; ${checksum}` +
    (d.goRoot ? `; GOROOT \`${escapeText(d.goRoot)}\`` : '') +
    (took ? `; took ${escapeText(took)}` : '') +
    '.'
  return [{ text: line, keep: KEEP.tables }]
}

function timerBody(check: CheckResult, report: Report): Part[] {
  const d = check.details as TimerDetails
  const limitText = report.decision.thresholds['wake-p99']
  const limit = limitText ? parseLimit(limitText) : undefined
  const limitUs =
    limit === undefined
      ? undefined
      : limit.unit === 'ms'
        ? limit.value * 1000
        : limit.unit === 's'
          ? limit.value * 1e6
          : limit.value
  const parts: Part[] = []
  const rows = d.loops.map(loop => [
    escapeCell(backendName(loop.backend)),
    formatUs(loop.intervalUs),
    String(loop.aggregate.count),
    formatUs(loop.aggregate.median),
    loop.aggregate.p99 === null ? '—' : formatUs(loop.aggregate.p99),
    formatUs(loop.aggregate.max)
  ])
  if (rows.length > 0) {
    parts.push({
      text:
        'How late the timer woke the job, asked to wake every interval (lateness past the deadline):\n\n' +
        table(['Timer', 'Interval', 'Wake-ups', 'Typical (p50)', '1 in 100 (p99)', 'Worst'], rows),
      keep: KEEP.always
    })
  }
  for (const loop of d.loops) parts.push(...p99Chart(loop, limitUs, limitText))
  const facts: string[] = []
  if (d.sleep.samplesMs.length > 0)
    facts.push(
      `A ${formatNumber(d.sleep.targetMs)} ms sleep lasted ${formatUs(d.sleep.targetMs * 1000 * (1 + d.sleep.meanPct / 100))} on average (${formatNumber(d.sleep.meanPct)} % longer).`
    )
  if (d.timerResolution)
    facts.push(
      `System timer tick: ${formatUs(d.timerResolution.currentMs * 1000)} now (finest possible ${formatUs(d.timerResolution.finestMs * 1000)}): no wait is shorter.`
    )
  if (d.timerSlackNs !== undefined && d.timerSlackNs > 0)
    facts.push(
      `Timer slack: ${formatUs(d.timerSlackNs / 1000)} (Linux may delay each wake-up by up to this to batch them).`
    )
  const cpu = d.cpu
  if (cpu.quota)
    facts.push(
      `CPU quota: ${escapeText(cpu.quota)}` +
        (cpu.throttledPct === undefined
          ? '.'
          : `; the job was paused in ${formatNumber(cpu.throttledPct)} % of its periods.`)
    )
  if (cpu.stealPct !== undefined && cpu.stealPct > 0)
    facts.push(
      `CPU steal: ${formatNumber(cpu.stealPct)} % (time the hypervisor gave this VM's CPU to others).`
    )
  if (cpu.pressureSomeAvg10 !== undefined && cpu.pressureSomeAvg10 > 0)
    facts.push(
      `CPU pressure: ${formatNumber(cpu.pressureSomeAvg10)} % of the last 10 s some task waited for a CPU.`
    )
  for (const loop of d.loops) {
    const groups = outlierGroups(loop)
    if (groups.length === 0) continue
    const worst = Math.max(...loop.outliers.map(o => o.valueUs))
    const kinds = groups
      .map(
        g =>
          `${g.outliers.length} ${g.kind === 'burst' ? 'in bursts (within 100 ms of each other: throttling or a noisy neighbour)' : 'isolated'}`
      )
      .join(', ')
    facts.push(
      `${loop.outliers.length} wake-ups far later than the rest on ${escapeText(backendName(loop.backend))}: ${kinds}; the worst ${formatUs(worst)} late.`
    )
  }
  if (facts.length > 0) parts.push({ text: facts.map(f => `- ${f}`).join('\n'), keep: KEEP.tables })
  parts.push(goProbePart(d))
  return parts
}

function goProbePart(d: TimerDetails): Part {
  const probe = d.goProbe
  if (probe.status !== 'ok') {
    return {
      text: `Go's own timers were not measured: ${escapeText(probe.reason ?? probe.status)}.`,
      keep: KEEP.tables
    }
  }
  const rows = probe.results.map(r => [
    code(`${r.name}${r.variant === 'default' ? '' : ` (${r.variant})`}`),
    formatUs(r.requestedUs),
    formatUs(r.stats.median),
    r.stats.p99 === null ? '—' : formatUs(r.stats.p99)
  ])
  return {
    text: collapsible(
      `Go's own timers (${probe.goVersion ?? 'Go'}): how late they fire`,
      table(['Go call', 'Asked for', 'Typical (p50) late', '1 in 100 (p99) late'], rows)
    ),
    compact: '',
    keep: KEEP.tables
  }
}

function mermaidString(text: string): string {
  return `"${text.replace(/["\n\r`]/g, "'")}"`
}

/**
 * p99 per trial against the limit: the tail, which is what breaks tests, on a readable scale.
 * Bars are the trials, the line is the limit; the same numbers follow in a table.
 */
function p99Chart(loop: WakeupLoop, limitUs: number | undefined, limitText?: string): Part[] {
  const trials = loop.trials
    .map((trial, index) => ({ trial: index + 1, p99: trial.p99 }))
    .filter((t): t is { trial: number; p99: number } => t.p99 !== null)
  if (trials.length === 0) return []
  const top = Math.max(...trials.map(t => t.p99), limitUs ?? 0)
  const useMs = top >= 2000
  const scale = (value: number) => Number((useMs ? value / 1000 : value).toPrecision(3))
  const unit = useMs ? 'ms' : 'us'
  const lines = [
    '---',
    'config:',
    '  xyChart:',
    '    width: 700',
    '    height: 260',
    '  themeVariables:',
    '    xyChart:',
    // Blue bars and an orange limit line: distinct on light and dark themes and for colour-blind readers.
    '      plotColorPalette: "#3b82f6, #f97316"',
    '---',
    'xychart-beta',
    `    title ${mermaidString(`p99 lateness per trial${limitText ? `, limit ${limitText}` : ''}`)}`,
    `    x-axis ${mermaidString('trial')} [${trials.map(t => mermaidString(String(t.trial))).join(', ')}]`,
    `    y-axis ${mermaidString(`p99 late (${unit})`)} 0 --> ${scale(top * 1.15)}`,
    `    bar [${trials.map(t => scale(t.p99)).join(', ')}]`
  ]
  if (limitUs !== undefined) lines.push(`    line [${trials.map(() => scale(limitUs)).join(', ')}]`)
  const data = table(
    ['Trial', 'p99 late', 'Limit', 'Within?'],
    trials.map(t => [
      String(t.trial),
      formatUs(t.p99),
      limitUs === undefined ? '—' : formatUs(limitUs),
      limitUs === undefined ? '—' : t.p99 <= limitUs ? '✅' : '⚠️'
    ])
  )
  const legend = `${escapeText(backendName(loop.backend))}: bars are each trial's p99 (1 in 100 wake-ups is later)${limitUs !== undefined ? '; the line is the limit' : ''}.`
  return [
    {
      text: `${fenced('mermaid', lines.join('\n'))}\n\n${legend}\n\n${collapsible('The same as a table', data)}`,
      compact: data,
      keep: KEEP.chart
    }
  ]
}

function tempBody(check: CheckResult): Part[] {
  const d = check.details as TempDetails
  const label = (dir: TempDetails['directories'][number]) =>
    `\`${escapeText(dir.path)}\`${dir.names.length > 0 ? ` (${escapeText(dir.names.join(', '))})` : ''}`
  const passed = d.directories.filter(dir => dir.status === 'pass')
  const parts: Part[] = []
  if (passed.length > 0)
    parts.push({
      text: `Create, write, run a program and delete worked in: ${passed.map(label).join(', ')}.`,
      keep: KEEP.tables
    })
  // A failed directory: its steps on one line, then what failed and why.
  for (const dir of d.directories.filter(dir => dir.status !== 'pass')) {
    const steps = dir.steps
      .map(step => `${step.step} ${step.ok ? '✅' : '❌'} ${ms(step.ms)}`)
      .join(' · ')
    const errors = dir.steps
      .filter(step => !step.ok && step.error)
      .map(step => `- ${step.step}: ${escapeText(step.error!)}`)
    const explanation = dir.explanation ? `\n\n${escapeText(dir.explanation)}` : ''
    parts.push({
      text: [
        `${STATUS_ICON[dir.status] ?? ''} ${label(dir)}${explanation}`,
        '',
        steps,
        ...(errors.length > 0 ? ['', ...errors] : [])
      ].join('\n'),
      keep: KEEP.tables
    })
  }
  if (d.fix) {
    parts.push({
      text: `Fixed: later steps use \`${escapeText(d.fix.directory)}\` (exported ${d.fix.exported.map(name => `\`${escapeText(name)}\``).join(', ')}).`,
      keep: KEEP.always
    })
  }
  return parts
}

function defenderBody(check: CheckResult): Part[] {
  const d = check.details as DefenderDetails
  const facts = [
    `State: ${cell(d.state)} (${cell(d.stateReason)})`,
    d.realTimeProtection === undefined
      ? ''
      : `real-time protection ${d.realTimeProtection ? 'on' : 'off'}`,
    d.tamperProtected === undefined ? '' : `tamper protection ${d.tamperProtected ? 'on' : 'off'}`,
    d.exclusionsAdded.length > 0
      ? `exclusions added by this run: ${cell(d.exclusionsAdded.join(', '))}`
      : '',
    d.appLocker?.enforcesExe ? `AppLocker enforces .exe rules: ${cell(d.appLocker.detail)}` : ''
  ]
    .filter(Boolean)
    .join('; ')
  const coverage = table(
    ['Path', 'Location', 'Scanned by Defender?', 'Extra start-up time of a new program'],
    d.coverage.map(c => [
      cell(c.label),
      `\`${escapeCell(c.path)}\``,
      c.coverage === 'covered' || c.coverage === 'covered-by-parent'
        ? `no: excluded${c.by ? ` by ${code(c.by)}` : ''}`
        : c.coverage === 'not-covered'
          ? 'yes'
          : cell(c.coverage),
      ms(c.scanCostMs)
    ])
  )
  return [
    { text: `${facts}.`, keep: KEEP.tables },
    { text: coverage, keep: KEEP.tables }
  ]
}

/** Every hit is a finding above; the full list, shortest first, only when the findings were cut. */
function endangeredBody(check: CheckResult): Part[] {
  const d = check.details as EndangeredTestsDetails
  if (d.hits.length <= MAX_FINDINGS_PER_ID) return []
  const sorted = [...d.hits].sort((a, b) => a.durationUs - b.durationUs)
  const shown = sorted.slice(0, MAX_HIT_ROWS)
  const rows = shown.map(hit => [
    `\`${escapeCell(hit.file)}:${hit.line}\``,
    code(hit.call),
    formatUs(hit.durationUs)
  ])
  const more =
    sorted.length > shown.length
      ? `\n\n… ${sorted.length - shown.length} more in the JSON report.`
      : ''
  return [
    {
      text: collapsible(
        `All ${d.hits.length} waits, shortest first`,
        `${table(['Where', 'Call', 'Waits'], rows)}${more}`
      ),
      compact: `_${d.hits.length} waits, listed in the JSON report._`,
      keep: KEEP.hits
    }
  ]
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
