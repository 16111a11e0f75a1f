// Pure: what the timer check adds to the job summary under its heading: lateness per backend,
// the p99 of each trial against the limit, the facts behind the figures, Go's own timers.
import { formatNumber, formatUs } from '../report/format.js'
import { collapsible, escapeCell, escapeText, fenced, table } from '../report/markdown.js'
import { code, KEEP, parseLimit, type BodyContext, type Part } from '../report/parts.js'
import { backendName } from './names.js'
import { outlierGroups } from './outliers.js'
import type { TimerDetails, WakeupLoop } from './types.js'

export function timerBody(d: TimerDetails, context: BodyContext): Part[] {
  const limitText = context.thresholds['wake-p99']
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
