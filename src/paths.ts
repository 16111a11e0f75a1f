// Paths named by inputs: one set of rules for every capability. Pure, with the platform passed in,
// so Windows rules are tested on Linux; `realPathWithin` is the only effect.
import { existsSync, realpathSync } from 'node:fs'
import { posix, win32 } from 'node:path'
import { UserError, quoteValue } from './errors.js'

export type Platform = NodeJS.Platform

function pathApi(platform: Platform): typeof posix {
  return platform === 'win32' ? win32 : posix
}

/** The entries of a path list (PATH, GOPATH): split at `;` on Windows, `:` elsewhere; no empties. */
export function pathList(list: string, platform: Platform): string[] {
  return list.split(pathApi(platform).delimiter).filter(Boolean)
}

/** A comparison key: normalised, no trailing separator; Windows: either separator, any case. */
export function pathKey(path: string, platform: Platform): string {
  const api = pathApi(platform)
  const normalised = api.normalize(path)
  const root = api.parse(normalised).root
  const trimmed = normalised.length > root.length ? normalised.replace(/[\\/]+$/, '') : normalised
  return platform === 'win32' ? trimmed.toLowerCase() : trimmed
}

export function samePath(a: string, b: string, platform: Platform): boolean {
  return pathKey(a, platform) === pathKey(b, platform)
}

/** Whether `path` is `parent` or below it (lexically: `..` is resolved, links are not). */
export function isWithin(parent: string, path: string, platform: Platform): boolean {
  const api = pathApi(platform)
  const from = pathKey(api.resolve(parent), platform)
  const to = pathKey(api.resolve(path), platform)
  if (from === to) return true
  const prefix = from.endsWith(api.sep) ? from : from + api.sep
  return to.startsWith(prefix)
}

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also with an extension, and the superscript digits).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
const WINDOWS_INVALID = /[<>:"|?*]/

export interface PathRule {
  /** The input's name, for the message. */
  input: string
  workspace: string
  platform: Platform
  /**
   * Absolute paths outside the workspace are accepted (only `temp-paths`, whose directories are
   * the runner's, e.g. D:\a\_temp). Relative paths must still stay inside the workspace.
   */
  absoluteOutside?: boolean
  /** The directory relative paths start from (default the workspace), itself inside it. */
  base?: string
  /** Also follow links (the path's nearest existing ancestor) before the workspace check. */
  followLinks?: boolean
}

/**
 * An input's path, resolved against the workspace. Refused with one line: control characters,
 * on Windows reserved device names, invalid characters, drive-relative (`C:foo`) and device
 * (`\\?\`, `\\.\`) paths; and any path that leaves the workspace, unless the rule allows it.
 */
export function resolveInputPath(value: string, rule: PathRule): string {
  const api = pathApi(rule.platform)
  const resolved = api.resolve(rule.base ?? rule.workspace, value)
  const problem =
    pathProblem(value, rule) ??
    (rule.followLinks && isWithin(rule.workspace, resolved, rule.platform)
      ? linkProblem(resolved, rule)
      : undefined)
  if (problem !== undefined) {
    throw new UserError(`Input '${rule.input}' has path ${quoteValue(value)}: ${problem}.`)
  }
  return resolved
}

function pathProblem(value: string, rule: PathRule): string | undefined {
  if (value === '') return 'expected a path'
  if (/\p{Cc}/u.test(value)) return 'a path cannot contain control characters (newline, NUL)'
  const api = pathApi(rule.platform)
  if (rule.platform === 'win32') {
    if (/^[\\/]{2}[?.][\\/]/.test(value))
      return 'device paths (\\\\?\\, \\\\.\\) are not accepted: expected a plain path'
    if (/^[a-z]:(?![\\/])/i.test(value))
      return "a drive-relative path depends on that drive's current directory: expected C:\\dir or a path relative to the workspace"
    const names = value.replace(/^[a-z]:/i, '').split(/[\\/]+/)
    const reserved = names.find(name => WINDOWS_RESERVED.test(name.replace(/[ .]+$/, '')))
    if (reserved !== undefined)
      return `${quoteValue(reserved)} is a reserved device name on Windows: expected a file or directory name`
    if (names.some(name => WINDOWS_INVALID.test(name)))
      return 'Windows file names cannot contain < > : " | ? *'
  }
  const resolved = api.resolve(rule.base ?? rule.workspace, value)
  if (isWithin(rule.workspace, resolved, rule.platform)) return undefined
  if (rule.absoluteOutside && api.isAbsolute(value)) return undefined
  return rule.absoluteOutside
    ? 'a relative path must stay inside the workspace: expected a path below it, or an absolute path'
    : 'it leaves the workspace: expected a path inside the workspace (GITHUB_WORKSPACE)'
}

/** Links defeat `isWithin`: the nearest existing ancestor, links resolved, must stay inside. */
function linkProblem(path: string, rule: PathRule): string | undefined {
  const api = pathApi(rule.platform)
  let existing = path
  while (!existsSync(existing) && api.dirname(existing) !== existing)
    existing = api.dirname(existing)
  let real: string
  let workspace: string
  try {
    real = realpathSync(existing)
    workspace = realpathSync(rule.workspace)
  } catch {
    // Unreadable: the lexical check stands, and reading the path will say what is wrong.
    return undefined
  }
  return isWithin(workspace, real, rule.platform)
    ? undefined
    : 'a link in it leads out of the workspace: expected a path inside the workspace (GITHUB_WORKSPACE)'
}
