// Pure: the job summary, GitHub-flavoured Markdown for core.summary.addRaw.
import { formatBytes, formatNumber, formatUs } from './format.js'
import { collapsible, escapeCell, escapeText, fenced, table } from './markdown.js'
import { describeKind, outlierGroups } from './outliers.js'
import { renderCacheSection } from '../cache/summary.js'
import type {
  CheckResult,
  DefenderDetails,
  EndangeredTestsDetails,
  Finding,
  GoInstallDetails,
  HistogramBin,
  LatencyStats,
  Report,
  TempDetails,
  TimerDetails,
  WakeupLoop
} from './types.js'

/** GitHub refuses a step summary over 1 MiB; keep a margin for what others append. */
export const SUMMARY_LIMIT_BYTES = 1_000_000
export const MAX_CHART_BINS = 30
export const MAX_OUTLIER_ROWS = 20
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
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const

/**
 * A part of the summary. When the whole is too large, parts are shrunk to `compact` in order
 * of rising `keep` (least important first).
 */
interface Part {
  text: string
  compact?: string
  keep: number
}

const KEEP = {
  always: 100,
  findings: 60,
  tables: 50,
  chart: 40,
  outliers: 30,
  hits: 25,
  raw: 10
} as const

const cell = (value: string | number | undefined | null): string =>
  value === undefined || value === null || value === '' ? '—' : escapeCell(String(value))
const us = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : formatUs(value)
const ms = (value: number | undefined): string =>
  value === undefined ? '—' : `${formatNumber(value)} ms`

export function renderSummary(report: Report): string {
  const parts: Part[] = [...banner(report), ...overview(report), ...findingsSection(report)]
  for (const id of CHECK_ORDER) parts.push(...checkSection(report, id))
  for (const check of report.checks) {
    if (!(CHECK_ORDER as readonly string[]).includes(check.id) && check.id !== 'policy') {
      parts.push(...genericSection(check))
    }
  }
  if (report.cache) parts.push({ text: renderCacheSection(report.cache), keep: KEEP.tables })
  parts.push(timingsPart(report))
  parts.push({
    text: `---\n_${escapeText(report.tool.name)} ${escapeText(report.tool.version)}, started ${escapeText(report.startedAt)}, took ${formatNumber(report.durationMs / 1000)} s. Every figure is in the JSON report (output \`report\`)._`,
    keep: KEEP.always
  })
  return fit(parts)
}

function timingsPart(report: Report): Part {
  const { startup, koffiLoad, stages } = report.timingsMs
  const rows = [
    ['process start to run()', ms(startup)],
    ['koffi load', koffiLoad === null ? 'not loaded' : ms(koffiLoad)],
    ...Object.entries(stages).map(([stage, value]) => [cell(stage), ms(value)])
  ]
  return {
    text: collapsible('Where the time went', table(['Stage', 'Took'], rows)),
    compact: '',
    keep: KEEP.tables
  }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function fit(parts: Part[]): string {
  const join = () => parts.map(part => part.text).join('\n\n') + '\n'
  let total = parts.reduce((sum, part) => sum + bytes(part.text) + 2, 1)
  const notice =
    "> [!NOTE]\n> This summary was shortened to stay under GitHub's 1 MiB limit: the least important parts (raw details first) were left out. The JSON report has everything."
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

function banner(report: Report): Part[] {
  const { decision, environment: env } = report
  const lines = [
    `# ${VERDICT_ICON[report.verdict]} Go test preflight: ${report.verdict.toUpperCase()}`,
    '',
    `**Environment:** ${escapeText(env.class)}` +
      (env.overridden
        ? ` (set by input \`environment\`; detected ${escapeText(env.detected)})`
        : ' (detected)') +
      ` · **Runner:** ${escapeText(env.runner.os)}/${escapeText(env.runner.arch)}, ${escapeText(env.runner.environment)}` +
      (env.runner.imageOS
        ? `, image ${escapeText(env.runner.imageOS)} ${escapeText(env.runner.imageVersion ?? '')}`
        : '') +
      ` · **Platform:** ${escapeText(report.platform.os)} ${escapeText(report.platform.release)} ${escapeText(report.platform.arch)}`
  ]
  if (report.suspicious) {
    lines.push(
      '',
      '> [!WARNING]\n> Some figures look implausible for this environment: read them with care.'
    )
  }
  if (report.reasons.length > 0) {
    lines.push('', '**Why:**', ...report.reasons.map(reason => `- ${escapeText(reason)}`))
  }
  lines.push(
    '',
    decision.failStep
      ? '**This step fails** (input `mode` and `fail-on`).'
      : 'This step does not fail (input `mode` and `fail-on`).'
  )
  const thresholds = Object.entries(decision.thresholds)
  const thresholdTable =
    thresholds.length > 0
      ? `**Thresholds applied (${escapeText(env.class)}):**\n\n` +
        table(
          thresholds.map(([key]) => escapeCell(key)),
          [thresholds.map(([, value]) => escapeCell(value))]
        )
      : '_No threshold row applied._'
  const breaches =
    decision.breaches.length > 0
      ? table(
          ['Metric', 'Measured', 'Limit', 'Severity', 'Rule'],
          decision.breaches.map(b => [
            cell(b.metric),
            cell(`${formatNumber(b.value, 2)} ${b.unit}`),
            cell(`${formatNumber(b.limit, 2)} ${b.unit}`),
            `${SEVERITY_ICON[b.severity]} ${b.severity}`,
            cell(b.rule)
          ])
        )
      : ''
  const evidence = table(
    ['Signal', 'Value', 'Points to'],
    env.evidence.map(e => [cell(e.signal), cell(e.value), cell(e.indicates)])
  )
  return [
    { text: lines.join('\n'), keep: KEEP.always },
    { text: [thresholdTable, breaches].filter(Boolean).join('\n\n'), keep: KEEP.always },
    {
      text: collapsible(`Environment evidence (${env.evidence.length} signals)`, evidence),
      compact: `_Environment evidence: ${env.evidence.length} signals, in the JSON report._`,
      keep: KEEP.tables
    }
  ]
}

function overview(report: Report): Part[] {
  const rows = CHECK_ORDER.map(id => {
    const check = report.checks.find(c => c.id === id)
    if (!check) return [cell(id), '—', '_not in this report: the check did not run_', '—']
    return [
      cell(check.title),
      `${STATUS_ICON[check.status] ?? ''} ${check.status}`,
      cell(check.summary),
      check.durationMs === undefined ? '—' : ms(check.durationMs)
    ]
  })
  return [
    {
      text: `## Checks\n\n${table(['Check', 'Status', 'Summary', 'Took'], rows)}`,
      keep: KEEP.always
    }
  ]
}

function findingsSection(report: Report): Part[] {
  const findings = report.checks
    .flatMap(check => check.findings.map(finding => ({ check, finding })))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity])
  if (findings.length === 0) return [{ text: '## Findings\n\nNothing to fix.', keep: KEEP.always }]
  // Findings sharing an id (one per endangered test line, say) share a remedy: show it once.
  const groups = new Map<string, { check: CheckResult; findings: Finding[] }>()
  for (const { check, finding } of findings) {
    const key = `${check.id}\u0000${finding.id}\u0000${finding.remedy ?? ''}`
    const group = groups.get(key) ?? { check, findings: [] }
    group.findings.push(finding)
    groups.set(key, group)
  }
  const blocks = [...groups.values()].map(({ check, findings: list }) => {
    const first = list[0]
    const heading =
      list.length === 1
        ? `### ${SEVERITY_ICON[first.severity]} ${escapeText(first.title)}`
        : `### ${SEVERITY_ICON[first.severity]} ${escapeText(first.title)} (${list.length}×)`
    const lines = [heading, '', `_${escapeText(check.title)}_ · \`${escapeText(first.id)}\``, '']
    for (const finding of list.slice(0, MAX_FINDINGS_PER_ID)) {
      const where = finding.file
        ? `\`${escapeText(finding.file)}${finding.line ? `:${finding.line}` : ''}\`: `
        : ''
      lines.push(
        list.length === 1
          ? `${where}${escapeText(finding.message)}`
          : `- ${where}${escapeText(finding.message)}`
      )
    }
    if (list.length > MAX_FINDINGS_PER_ID)
      lines.push(`- … and ${list.length - MAX_FINDINGS_PER_ID} more in the JSON report`)
    if (first.remedy)
      lines.push('', '**Remedy:**', '', fenced(first.remedyLanguage ?? '', first.remedy))
    return lines.join('\n')
  })
  return [
    { text: '## Findings', keep: KEEP.always },
    ...blocks.map(text => ({ text, compact: '', keep: KEEP.findings }))
  ]
}

function checkSection(report: Report, id: string): Part[] {
  const check = report.checks.find(c => c.id === id)
  if (!check) return []
  const heading = `## ${STATUS_ICON[check.status] ?? ''} ${escapeText(check.title)}\n\n${escapeText(check.summary)}`
  if (check.details === undefined || check.status === 'skipped') {
    return [{ text: heading, keep: KEEP.always }]
  }
  const body = (() => {
    switch (id) {
      case 'go-install':
        return goInstallParts(check.details as GoInstallDetails)
      case 'timer':
        return timerParts(check.details as TimerDetails, report)
      case 'temp-dirs':
        return tempParts(check.details as TempDetails)
      case 'defender':
        return defenderParts(check.details as DefenderDetails)
      case 'endangered-tests':
        return endangeredParts(check.details as EndangeredTestsDetails)
      default:
        return []
    }
  })()
  return [{ text: heading, keep: KEEP.always }, ...body, rawDetails(check)]
}

function genericSection(check: CheckResult): Part[] {
  const heading = `## ${STATUS_ICON[check.status] ?? ''} ${escapeText(check.title)}\n\n${escapeText(check.summary)}`
  return check.details === undefined
    ? [{ text: heading, keep: KEEP.always }]
    : [{ text: heading, keep: KEEP.always }, rawDetails(check)]
}

function rawDetails(check: CheckResult): Part {
  const json = JSON.stringify(check.details, null, 2)
  return {
    text: collapsible(`Raw details: ${check.id}`, fenced('json', json)),
    compact: `_Raw details of \`${escapeText(check.id)}\` (${formatBytes(bytes(json))}) left out: see the JSON report._`,
    keep: KEEP.raw
  }
}

function goInstallParts(d: GoInstallDetails): Part[] {
  const timings = Object.entries(d.timingsMs)
    .filter(([, value]) => value !== undefined)
    .map(([step, value]) => `${step} ${ms(value)}`)
    .join(', ')
  const rows: string[][] = [
    ['Requested', cell(d.requested)],
    ['Version', cell(d.goVersion ?? d.resolvedVersion)],
    ['Source', cell(d.source)],
    ['Cache hit', d.cacheHit ? 'yes' : 'no'],
    [
      'Download',
      d.url ? cell(`${d.url}${d.bytes !== undefined ? ` (${formatBytes(d.bytes)})` : ''}`) : '—'
    ],
    ['SHA-256', d.sha256 ? `\`${escapeCell(d.sha256)}\` (${d.checksum})` : cell(d.checksum)],
    ['Timings', cell(timings)],
    ['GOROOT', cell(d.goRoot)],
    ['Extractor', cell(d.extractor)]
  ]
  return [{ text: table(['Go install', ''], rows), keep: KEEP.tables }]
}

function statsRow(label: string, interval: string, s: LatencyStats, extra: string[]): string[] {
  return [
    cell(label),
    interval,
    String(s.count),
    us(s.min),
    us(s.median),
    us(s.p95),
    us(s.p99),
    us(s.p999),
    us(s.max),
    ...extra
  ]
}

function thresholdFor(report: Report, pattern: RegExp): string {
  const entry = Object.entries(report.decision.thresholds).find(([key]) => pattern.test(key))
  return entry ? `${escapeCell(entry[0])}: ${escapeCell(entry[1])}` : 'none applied'
}

function timerParts(d: TimerDetails, report: Report): Part[] {
  const clock = [
    ['Clock', cell(d.clock.name)],
    [
      'Frequency',
      d.clock.frequencyHz === undefined ? '—' : `${formatNumber(d.clock.frequencyHz, 0)} Hz`
    ],
    ['Resolution', us(d.clock.resolutionNs / 1000)],
    ['Read cost', `${formatNumber(d.clock.readCostNs)} ns`]
  ]
  if (d.timerResolution) {
    const r = d.timerResolution
    clock.push([
      'Timer resolution (coarsest / finest / current)',
      `${r.coarsestMs} / ${r.finestMs} / ${r.currentMs} ms`
    ])
  }
  if (d.timerSlackNs !== undefined)
    clock.push(['Timer slack', `${formatNumber(d.timerSlackNs, 0)} ns`])
  clock.push(['Stage took', ms(d.stageMs)])
  const loops = table(
    [
      'Backend',
      'Interval',
      'Samples',
      'Min',
      'p50',
      'p95',
      'p99',
      'p99.9',
      'Max',
      'p99 across trials',
      'Outliers'
    ],
    d.loops.map(loop =>
      statsRow(loop.backend, formatUs(loop.intervalUs), loop.aggregate, [
        loop.trialSpread.p99
          ? `${formatUs(loop.trialSpread.p99[0])} – ${formatUs(loop.trialSpread.p99[1])}`
          : '—',
        String(loop.outliers.length)
      ])
    )
  )
  const sleep = table(
    ['Sleep target', 'Samples', 'Mean deviation', 'Worst deviation', 'Threshold'],
    [
      [
        `${formatNumber(d.sleep.targetMs)} ms`,
        d.sleep.samplesMs.map(v => formatNumber(v, 2)).join(', ') || '—',
        `${formatNumber(d.sleep.meanPct)} %`,
        `${formatNumber(d.sleep.worstPct)} %`,
        thresholdFor(report, /sleep|deviation/i)
      ]
    ]
  )
  const cpu = d.cpu
  const cpuRows = [
    ['CPU quota', cell(cpu.quota ?? 'none')],
    ['Throttled periods', cell(cpu.throttledPeriods)],
    ['Throttled time', cpu.throttledUs === undefined ? '—' : formatUs(cpu.throttledUs)],
    [
      'Throttled share',
      cpu.throttledPct === undefined ? '—' : `${formatNumber(cpu.throttledPct)} %`
    ],
    ['Steal', cpu.stealPct === undefined ? '—' : `${formatNumber(cpu.stealPct)} %`],
    ['CPU pressure (some, avg10)', cell(cpu.pressureSomeAvg10)]
  ]
  const notes = [...cpu.notes, ...d.notes].map(note => `- ${escapeText(note)}`).join('\n')
  const parts: Part[] = [
    { text: table(['Timer', ''], clock), keep: KEEP.tables },
    { text: `### Wake-up latency (how late each wake-up was)\n\n${loops}`, keep: KEEP.always },
    { text: `### 100 ms sleep\n\n${sleep}`, keep: KEEP.tables },
    {
      text: `### CPU throttling\n\n${table(['CPU', ''], cpuRows)}${notes ? `\n\n${notes}` : ''}`,
      keep: KEEP.tables
    },
    goProbePart(d)
  ]
  for (const loop of d.loops) parts.push(histogramPart(loop), outlierPart(loop))
  return parts
}

function goProbePart(d: TimerDetails): Part {
  const probe = d.goProbe
  if (probe.status !== 'ok') {
    return {
      text: `### Go runtime probe\n\n${probe.status}: ${escapeText(probe.reason ?? 'no reason given')}`,
      keep: KEEP.tables
    }
  }
  const header = ['Measured by', 'Requested', 'Samples', 'Min', 'p50', 'p95', 'p99', 'p99.9', 'Max']
  const rows = [
    ...d.loops.map(loop =>
      statsRow(`native ${loop.backend}`, formatUs(loop.intervalUs), loop.aggregate, [])
    ),
    ...probe.results.map(r =>
      statsRow(`Go ${r.name} (${r.variant})`, formatUs(r.requestedUs), r.stats, [])
    )
  ]
  return {
    text: `### Go runtime probe (${escapeText(probe.goVersion ?? 'Go')}) beside the native figures\n\n${table(header, rows)}`,
    keep: KEEP.tables
  }
}

/** Merge adjacent bins so a chart stays readable whatever the sample count. */
export function mergeBins(bins: readonly HistogramBin[], maxBins = MAX_CHART_BINS): HistogramBin[] {
  const sorted = [...bins].sort((a, b) => a.fromUs - b.fromUs)
  const width = Math.ceil(sorted.length / maxBins)
  if (width <= 1) return sorted
  const merged: HistogramBin[] = []
  for (let i = 0; i < sorted.length; i += width) {
    const group = sorted.slice(i, i + width)
    merged.push({
      fromUs: group[0].fromUs,
      toUs: group[group.length - 1].toUs,
      count: group.reduce((sum, bin) => sum + bin.count, 0)
    })
  }
  return merged
}

function mermaidString(text: string): string {
  return `"${text.replace(/["\n\r`]/g, "'")}"`
}

function histogramPart(loop: WakeupLoop): Part {
  const bins = mergeBins(loop.histogram)
  if (bins.length === 0) return { text: '', keep: KEEP.chart }
  const labels = bins.map(bin => `${formatUs(bin.fromUs)}–${formatUs(bin.toUs)}`)
  const maxCount = Math.max(...bins.map(bin => bin.count))
  const chart = [
    'xychart-beta',
    `    title ${mermaidString(`Wake-up latency, ${loop.backend}`)}`,
    `    x-axis ${mermaidString('lateness')} [${labels.map(mermaidString).join(', ')}]`,
    `    y-axis ${mermaidString('wake-ups')} 0 --> ${Math.max(1, maxCount)}`,
    `    bar [${bins.map(bin => bin.count).join(', ')}]`
  ].join('\n')
  const total = bins.reduce((sum, bin) => sum + bin.count, 0)
  const data = table(
    ['Lateness', 'Wake-ups', 'Share'],
    bins.map((bin, i) => [
      escapeCell(labels[i]),
      String(bin.count),
      `${formatNumber((100 * bin.count) / Math.max(1, total))} %`
    ])
  )
  return {
    text: `### Wake-up latency distribution: ${escapeText(loop.backend)}\n\n${fenced('mermaid', chart)}\n\n${data}`,
    compact: `### Wake-up latency distribution: ${escapeText(loop.backend)}\n\n${data}`,
    keep: KEEP.chart
  }
}

function outlierPart(loop: WakeupLoop): Part {
  if (loop.outliers.length === 0) return { text: '', keep: KEEP.outliers }
  const groups = outlierGroups(loop)
  const kinds = groups.map(g => `${g.outliers.length} ${describeKind(g.kind)}`).join(', ')
  const worst = [...loop.outliers].sort((a, b) => b.valueUs - a.valueUs).slice(0, MAX_OUTLIER_ROWS)
  const rows = worst.map(o => [
    us(o.valueUs),
    `${formatNumber(o.offsetMs / 1000, 3)} s`,
    String(o.trial),
    String(o.index)
  ])
  const more =
    loop.outliers.length > worst.length
      ? `\n\n… ${loop.outliers.length - worst.length} more in the JSON report.`
      : ''
  const text =
    `### Outliers: ${escapeText(loop.backend)}\n\n${loop.outliers.length} outliers (${escapeText(kinds)}); rule: ${escapeText(loop.outlierRule)}.\n\n` +
    collapsible(
      `Worst ${worst.length} outliers`,
      table(['Late by', 'When in the timer stage', 'Trial', 'Sample'], rows) + more
    )
  return {
    text,
    compact: `### Outliers: ${escapeText(loop.backend)}\n\n${loop.outliers.length} outliers (${escapeText(kinds)}), listed in the JSON report.`,
    keep: KEEP.outliers
  }
}

function tempParts(d: TempDetails): Part[] {
  const overview = table(
    ['Directory', 'Known as', 'Status', 'First run', 'Second run', 'Free'],
    d.directories.map(dir => [
      `\`${escapeCell(dir.path)}\``,
      cell(dir.names.join(', ')),
      `${STATUS_ICON[dir.status] ?? ''} ${dir.status}`,
      ms(dir.firstRunMs),
      ms(dir.secondRunMs),
      dir.freeBytes === undefined ? '—' : formatBytes(dir.freeBytes)
    ])
  )
  const parts: Part[] = [{ text: overview, keep: KEEP.always }]
  for (const dir of d.directories) {
    const steps = table(
      ['Step', 'Result', 'Took', 'Error'],
      dir.steps.map(step => [
        step.step,
        step.ok ? '✅ ok' : '❌ failed',
        ms(step.ms),
        cell(step.error)
      ])
    )
    const explanation = dir.explanation ? `\n\n${escapeText(dir.explanation)}` : ''
    parts.push({
      text: `#### \`${escapeText(dir.path)}\`\n\n${steps}${explanation}`,
      keep: KEEP.tables
    })
  }
  if (d.fix) {
    parts.push({
      text: `Fixed: tests will use \`${escapeText(d.fix.directory)}\` (exported ${d.fix.exported.map(name => `\`${escapeText(name)}\``).join(', ')}).`,
      keep: KEEP.always
    })
  }
  return parts
}

function defenderParts(d: DefenderDetails): Part[] {
  const yesNo = (value: boolean | undefined) => (value === undefined ? '—' : value ? 'yes' : 'no')
  const state = table(
    ['Defender', ''],
    [
      ['State', `${cell(d.state)}: ${cell(d.stateReason)}`],
      ['Real-time protection', yesNo(d.realTimeProtection)],
      ['Tamper protection', yesNo(d.tamperProtected)],
      ['Version', cell(d.productVersion)],
      ['Elevated', yesNo(d.elevated)],
      ['Process exclusions', cell(d.processExclusions.join(', '))],
      [
        'AppLocker',
        d.appLocker
          ? cell(
              `${d.appLocker.enforcesExe ? 'enforces .exe rules' : 'no .exe rules'}: ${d.appLocker.detail}`
            )
          : '—'
      ],
      ['Exclusions added by this run', cell(d.exclusionsAdded.join(', '))]
    ]
  )
  const coverage = table(
    ['Path', 'Location', 'Coverage', 'Excluded by', 'Scan cost (first − second start)'],
    d.coverage.map(c => [
      cell(c.label),
      `\`${escapeCell(c.path)}\``,
      cell(c.coverage),
      cell(c.by),
      ms(c.scanCostMs)
    ])
  )
  return [
    { text: state, keep: KEEP.tables },
    { text: `### Exclusion coverage\n\n${coverage}`, keep: KEEP.always }
  ]
}

function endangeredParts(d: EndangeredTestsDetails): Part[] {
  const head = `${d.filesScanned} test files scanned; waits shorter than ${formatUs(d.thresholdUs)} are flagged.`
  if (d.hits.length === 0) return [{ text: head, keep: KEEP.always }]
  const sorted = [...d.hits].sort((a, b) => a.durationUs - b.durationUs)
  const shown = sorted.slice(0, MAX_HIT_ROWS)
  const rows = shown.map(hit => [
    `\`${escapeCell(hit.file)}:${hit.line}\``,
    cell(hit.call),
    formatUs(hit.durationUs),
    `\`${escapeCell(hit.expression)}\``
  ])
  const more =
    sorted.length > shown.length
      ? `\n\n… ${sorted.length - shown.length} more in the JSON report.`
      : ''
  return [
    {
      text: `${head}\n\n${table(['Where', 'Call', 'Waits', 'Duration as written'], rows)}${more}`,
      compact: `${head} ${d.hits.length} hits, listed in the JSON report.`,
      keep: KEEP.hits
    }
  ]
}
