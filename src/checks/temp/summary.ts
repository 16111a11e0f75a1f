// Pure: what the temp-dirs check adds to the job summary under its heading: the directories
// that worked on one line, each failed one with its steps and why.
import { escapeText } from '../../report/markdown.js'
import { KEEP, ms, STATUS_ICON, type Part } from '../../report/parts.js'
import type { TempDetails, TempDirectoryReport } from './types.js'

export function tempBody(d: TempDetails): Part[] {
  const label = (dir: TempDirectoryReport) =>
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
