// Pure: what the Defender check adds to the job summary under its heading: its state and,
// path by path, whether Defender scans it and what that costs a new program.
import { escapeCell, table } from '../../report/markdown.js'
import { cell, code, KEEP, ms, type Part } from '../../report/parts.js'
import type { DefenderDetails } from './types.js'

export function defenderBody(d: DefenderDetails): Part[] {
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
