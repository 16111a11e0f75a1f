// Pure: what the endangered-tests check adds to the job summary under its heading.
import { formatUs } from '../../report/format.js'
import { collapsible, escapeCell, table } from '../../report/markdown.js'
import { code, KEEP, MAX_FINDINGS_PER_ID, type Part } from '../../report/parts.js'
import type { EndangeredTestsDetails } from './types.js'

/** Rows of the full list of waits; the JSON report has the rest. */
export const MAX_HIT_ROWS = 100

/** Every hit is a finding above; the full list, shortest first, only when the findings were cut. */
export function endangeredBody(d: EndangeredTestsDetails): Part[] {
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
