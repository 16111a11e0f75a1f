// Pure: the fleet's job summary (Markdown) and its annotations.
import { ANNOTATIONS_PER_LEVEL, type Annotation } from '../report/annotations.js'
import { formatNumber, formatUs } from '../report/format.js'
import { escapeCell, escapeText, table } from '../report/markdown.js'
import type { CheckStatus } from '../report/types.js'
import type { FleetReport, FleetRunner } from './types.js'

/** Mermaid charts with hundreds of bars are unreadable: the worst ones are charted. */
export const MAX_CHART_RUNNERS = 40
/** A few hundred rows stay far below GitHub's 1 MiB per step; beyond this the rest is counted. */
export const MAX_TABLE_RUNNERS = 1000

const BANNER: Record<string, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' }
const pct = (value: number | undefined): string =>
  value === undefined ? '—' : `${formatNumber(value)} %`
const us = (value: number | undefined): string => (value === undefined ? '—' : formatUs(value))
const status = (value: CheckStatus | undefined): string => value ?? '—'

export function renderFleetSummary(fleet: FleetReport): string {
  const parts: string[] = []
  const count = (verdict: string) => fleet.runners.filter(r => r.verdict === verdict).length
  parts.push(`## go-win-preflight fleet: ${BANNER[fleet.verdict]}`)
  parts.push(
    `${fleet.runners.length} runners: ${count('pass')} pass, ${count('warn')} warn, ${count('fail')} fail. ` +
      (fleet.failStep
        ? `The step fails (fail-on: ${fleet.failOn}).`
        : `The step does not fail (fail-on: ${fleet.failOn}).`) +
      (fleet.rejected.length > 0 ? ` ${fleet.rejected.length} file(s) not merged (see below).` : '')
  )
  if (fleet.failingRunners.length > 0)
    parts.push(`Failing runners: ${fleet.failingRunners.map(escapeText).join(', ')}.`)

  parts.push('### Runners')
  const shown = fleet.runners.slice(0, MAX_TABLE_RUNNERS)
  parts.push(
    table(
      [
        'Runner',
        'OS / image',
        'Environment',
        'Verdict',
        'Wake-up p50',
        'Wake-up p99',
        'Sleep deviation',
        'Throttled',
        'Temp dirs',
        'Defender',
        'Go'
      ],
      shown.map(r => [
        escapeCell(r.name),
        escapeCell(r.image === undefined ? r.os : `${r.os} / ${r.image}`),
        escapeCell(r.environment),
        `**${r.verdict}**`,
        us(r.wakeP50Us),
        us(r.wakeP99Us),
        pct(r.sleepDeviationPct),
        pct(r.throttledPct),
        status(r.checks['temp-dirs']),
        status(r.checks.defender),
        escapeCell(r.goVersion ?? '—')
      ])
    )
  )
  if (fleet.runners.length > shown.length)
    parts.push(`${fleet.runners.length - shown.length} more runners are in the fleet report JSON.`)

  parts.push('### Runners that stand out')
  parts.push(
    fleet.standOut.length === 0
      ? 'None: every runner is within the fleet’s spread.'
      : fleet.standOut.map(s => `- **${escapeText(s.name)}**: ${escapeText(s.message)}`).join('\n')
  )
  parts.push(fleet.outlierNotes.map(note => `> ${escapeText(note)}`).join('\n>\n'))

  const charted = fleet.runners
    .filter(r => r.wakeP99Us !== undefined)
    .sort((a, b) => (b.wakeP99Us as number) - (a.wakeP99Us as number))
    .slice(0, MAX_CHART_RUNNERS)
  if (charted.length > 0) {
    parts.push('### Wake-up p99 per runner')
    const label = (r: FleetRunner) =>
      JSON.stringify(r.name.replace(/["\\\n\r`]/g, "'").slice(0, 40))
    parts.push(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Wake-up p99 (ms)"',
        `  x-axis [${charted.map(label).join(', ')}]`,
        '  y-axis "ms"',
        `  bar [${charted.map(r => formatNumber((r.wakeP99Us as number) / 1000, 3)).join(', ')}]`,
        '```'
      ].join('\n')
    )
    parts.push(
      table(
        ['Runner', 'Wake-up p99', 'Trials’ p99'],
        charted.map(r => [
          escapeCell(r.name),
          us(r.wakeP99Us),
          r.wakeP99TrialsUs.map(formatUs).join(', ') || '—'
        ])
      )
    )
    if (charted.length < fleet.runners.filter(r => r.wakeP99Us !== undefined).length)
      parts.push(`The ${MAX_CHART_RUNNERS} highest are shown.`)
  }

  if (fleet.baseline !== undefined) {
    parts.push(`### Since the baseline of ${escapeText(fleet.baseline.generatedAt)}`)
    parts.push(
      fleet.baseline.changes.length === 0
        ? `No change on the ${fleet.baseline.runners} runners of the baseline.`
        : table(
            ['Runner', 'Change', 'What'],
            fleet.baseline.changes.map(c => [escapeCell(c.name), c.kind, escapeCell(c.message)])
          )
    )
  }
  if (fleet.rejected.length > 0) {
    parts.push('### Files not merged')
    parts.push(
      table(
        ['File', 'Why'],
        fleet.rejected.map(r => [escapeCell(r.file), escapeCell(r.reason)])
      )
    )
  }
  if (fleet.notes.length > 0) parts.push(fleet.notes.map(n => `- ${escapeText(n)}`).join('\n'))
  return `${parts.join('\n\n')}\n`
}

/**
 * One error per failing runner, most severe first, one warning per runner that warns and per
 * file not merged; GitHub keeps 10 of each level per step, so the 10th says how many more.
 */
export function fleetAnnotations(fleet: FleetReport): Annotation[] {
  const errors: Annotation[] = fleet.runners
    .filter(r => r.verdict === 'fail')
    .map(r => ({
      level: 'error',
      title: `Runner ${r.name}: fail (${r.environment})`,
      message: r.reasons.length > 0 ? r.reasons.join('\n') : 'See the fleet summary.'
    }))
  const warnings: Annotation[] = [
    ...fleet.runners
      .filter(r => r.verdict === 'warn')
      .map(r => ({
        level: 'warning' as const,
        title: `Runner ${r.name}: warn (${r.environment})`,
        message: r.reasons.length > 0 ? r.reasons.join('\n') : 'See the fleet summary.'
      })),
    ...fleet.rejected.map(r => ({
      level: 'warning' as const,
      title: `Not merged: ${r.file}`,
      message: r.reason
    }))
  ]
  // fail-on: warning with no runner failing: one error still says why the step fails.
  if (fleet.failStep && errors.length === 0)
    errors.push({
      level: 'error',
      title: `Fleet: ${fleet.verdict}, step failed (fail-on: ${fleet.failOn})`,
      message: fleet.runners
        .filter(r => r.verdict !== 'pass')
        .map(r => `${r.name}: ${r.verdict}`)
        .join('\n')
    })
  return [...capped(errors, 'failing runners'), ...capped(warnings, 'warnings')]
}

function capped(annotations: Annotation[], what: string): Annotation[] {
  if (annotations.length <= ANNOTATIONS_PER_LEVEL) return annotations
  const kept = annotations.slice(0, ANNOTATIONS_PER_LEVEL - 1)
  const rest = annotations.slice(ANNOTATIONS_PER_LEVEL - 1)
  return [
    ...kept,
    {
      level: rest[0].level,
      title: `${rest.length} more ${what} in the fleet summary`,
      message: rest.map(a => a.title).join('\n')
    }
  ]
}
