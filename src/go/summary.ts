// Pure: what the go-install check adds to the job summary under its heading.
import { formatBytes } from '../report/format.js'
import { escapeText } from '../report/markdown.js'
import { cell, KEEP, ms, type Part } from '../report/parts.js'
import type { GoInstallDetails } from './details.js'

export function goInstallBody(d: GoInstallDetails): Part[] {
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

/** go-env has no figures of its own: its findings say everything. */
export function goEnvBody(): Part[] {
  return []
}
