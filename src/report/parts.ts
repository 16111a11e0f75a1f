// Pure: the pieces a summary is made of, shared by the report-wide sections and each check's
// own body (which lives with its check and reaches the summary through the catalogue).
import { formatUs } from './format.js'
import { escapeCell } from './markdown.js'

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

/** What a check's body may read of the report besides its own details. */
export interface BodyContext {
  /** The threshold row that applied, as the user would write it (`decision.thresholds`). */
  thresholds: Readonly<Record<string, string>>
}

/** What one check adds under its heading, from its details. */
export type CheckBody<Details> = (details: Details, context: BodyContext) => Part[]

/** Findings of one id listed in full; the rest are counted. */
export const MAX_FINDINGS_PER_ID = 20

export const STATUS_ICON: Readonly<Record<string, string>> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  unknown: '❔',
  skipped: '⏭️'
}

export const cell = (value: string | number | undefined | null): string =>
  value === undefined || value === null || value === '' ? '—' : escapeCell(String(value))
export const ms = (value: number | undefined): string =>
  value === undefined ? '—' : formatUs(value * 1000)
export const code = (text: string): string => `\`${escapeCell(text).replace(/`/g, "'")}\``

/** A limit as the threshold row writes it (`5ms`, `20%`), in the units formatValue reads. */
export function parseLimit(text: string): { value: number; unit: string } | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(us|ms|s|%)$/.exec(text.trim())
  return match ? { value: Number(match[1]), unit: match[2] } : undefined
}
