// Pure: the dependency cache in the job summary. Main writes the restore; post appends the save.
import { formatBytes, formatNumber } from '../report/format.js'
import { escapeCell, escapeText, table } from '../report/markdown.js'
import type { DependencyCacheReport, DependencyCacheSave } from '../report/types.js'

const STATUS_TEXT: Record<DependencyCacheReport['status'], string> = {
  hit: '✅ hit',
  partial: '♻️ restored from a restore key',
  miss: '⭕ miss',
  disabled: '⏭️ disabled',
  unavailable: '❔ no cache service',
  skipped: '⚠️ skipped'
}

const seconds = (ms: number): string => `${formatNumber(ms / 1000, 2)} s`

export function renderCacheSection(cache: DependencyCacheReport): string {
  const lines = [
    '### Dependency cache',
    '',
    `**${STATUS_TEXT[cache.status]}**: ${escapeText(cache.summary)}`
  ]
  const rows: string[][] = []
  if (cache.key !== null) rows.push(['Key', `\`${escapeCell(cache.key)}\``])
  if (cache.restoreKeys.length > 0)
    rows.push(['Restore keys', cache.restoreKeys.map(key => `\`${escapeCell(key)}\``).join('<br>')])
  if (cache.dependencyFiles.length > 0)
    rows.push(['Hashed files', escapeCell(cache.dependencyFiles.join('\n'))])
  if (cache.paths.length > 0) rows.push(['Folders', escapeCell(cache.paths.join('\n'))])
  if (cache.restore !== null) {
    const { ms, bytesBefore, bytesAfter } = cache.restore
    rows.push([
      'Restore',
      `${seconds(ms)}; folders ${formatBytes(bytesBefore)} before, ${formatBytes(bytesAfter)} after`
    ])
  }
  if (rows.length > 0) lines.push('', table(['', ''], rows))
  if (cache.key !== null)
    lines.push('', '_The post step saves the cache and adds its figures below._')
  return lines.join('\n')
}

export function renderCacheSave(save: DependencyCacheSave): string {
  const figures =
    save.ms === null ? '' : ` (${seconds(save.ms)}, ${formatBytes(save.bytes ?? 0)} of folders)`
  return `### Dependency cache save\n\n**${save.status}**: ${escapeText(save.summary)}${figures}\n`
}
