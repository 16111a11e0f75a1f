// Input `reports` to files: a folder (every *.json below it) or a glob (`*`, `**`, `?`), read
// with a size cap per file and a cap on how many. The pattern matching is pure; the walk is thin.
import { closeSync, fstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { errorMessage, UserError } from '../errors.js'
import type { ReportFile } from './merge.js'

/** A report of 100,000 samples per trial is well under 1 MiB; a bigger file is not a report. */
export const MAX_REPORT_BYTES = 4 * 1024 * 1024
export const MAX_REPORTS = 2000
/** Directory entries looked at while walking, so a glob over a huge tree ends. */
const MAX_ENTRIES_WALKED = 200_000

/** `**` any number of folders, `*` any name part, `?` one character; `/` separates. */
export function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/'
      source += slash ? '(?:[^/]*/)*' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

const hasGlob = (segment: string) => /[*?]/.test(segment)

/** The folder a pattern's walk starts from and the pattern relative to it, `/`-separated. */
export function splitPattern(pattern: string): { base: string; rest: string } {
  const segments = pattern.replace(/\\/g, '/').split('/')
  const first = segments.findIndex(hasGlob)
  if (first === -1) return { base: segments.join('/'), rest: '' }
  return { base: segments.slice(0, first).join('/') || '.', rest: segments.slice(first).join('/') }
}

export interface Listing {
  files: string[]
  notes: string[]
}

/** Absolute paths of the report files `reports` names (one folder or glob per line). */
export function listReportFiles(reports: string, workspace: string): Listing {
  const notes: string[] = []
  const files = new Set<string>()
  let walked = 0
  const lines = reports
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
  if (lines.length === 0)
    throw new UserError(
      "Input 'reports' is empty: expected a folder or a glob of report JSON files."
    )
  for (const line of lines) {
    const { base, rest } = splitPattern(line)
    const root = isAbsolute(base) || /^[A-Za-z]:/.test(base) ? base : resolve(workspace, base)
    const matcher = rest === '' ? /\.json$/i : globToRegExp(rest)
    let stat
    try {
      stat = statSync(root)
    } catch {
      notes.push(`Input 'reports': ${line} matches nothing (${root} does not exist).`)
      continue
    }
    if (stat.isFile() && rest === '') {
      files.add(root)
      continue
    }
    const walk = (dir: string): void => {
      let entries
      try {
        entries = readdirSync(dir, { withFileTypes: true })
      } catch (error) {
        notes.push(`Could not list ${dir}: ${errorMessage(error)}`)
        return
      }
      for (const entry of entries) {
        if (++walked > MAX_ENTRIES_WALKED) return
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.isFile() && matcher.test(relative(root, path).split(sep).join('/')))
          files.add(path)
      }
    }
    const before = files.size
    walk(root)
    if (files.size === before) notes.push(`Input 'reports': ${line} matches no file.`)
  }
  if (walked > MAX_ENTRIES_WALKED)
    notes.push(`Stopped looking after ${MAX_ENTRIES_WALKED} directory entries.`)
  const sorted = [...files].sort()
  if (sorted.length > MAX_REPORTS)
    notes.push(`${sorted.length} files match; the first ${MAX_REPORTS} (by path) are merged.`)
  return { files: sorted.slice(0, MAX_REPORTS), notes }
}

/** A file's text, or why not; never more than `maxBytes` are read. */
export function readCapped(path: string, label: string, maxBytes = MAX_REPORT_BYTES): ReportFile {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    // Sized from fstat, but read until the end: a file still growing cannot pass the cap.
    let buffer = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length === buffer.length && length <= maxBytes) {
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1))
        buffer.copy(grown)
        buffer = grown
      }
      if (length > maxBytes)
        return { file: label, unreadable: `larger than ${maxBytes} bytes: not a report` }
    }
    return { file: label, text: buffer.subarray(0, length).toString('utf8') }
  } catch (error) {
    return {
      file: label,
      unreadable: `could not be read (${errorMessage(error)})`
    }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
