// Pure: what the timer's details tell about a breach of one of its metrics, for the annotation
// that goes with it: when in the run the late wake-ups happened, which tells throttling (bursts)
// from single preemptions.
import { formatUs } from '../report/format.js'
import { backendName } from './names.js'
import { outlierGroups } from './outliers.js'
import type { TimerDetails } from './types.js'

export function explainTimerBreach(
  details: TimerDetails,
  metric: string
): { title: string; lines: string[] } | undefined {
  if (metric !== 'wake-p99') return undefined
  const lines: string[] = []
  for (const loop of details.loops ?? []) {
    for (const group of outlierGroups(loop)) {
      const when = group.outliers
        .slice(0, 3)
        .map(o => `${formatUs(o.valueUs)} late at ${formatUs(o.offsetMs * 1000)}`)
        .join(', ')
      lines.push(
        `${backendName(loop.backend)}: ${group.outliers.length} ${group.kind === 'burst' ? 'late wake-ups in bursts (within 100 ms of each other: CPU throttling or a noisy neighbour)' : 'isolated late wake-ups (single preemptions)'}; worst ${when} into the timer stage.`
      )
    }
  }
  return lines.length === 0
    ? undefined
    : { title: 'Timers: when the late wake-ups happened', lines }
}
