// Does a Defender path exclusion cover each path Go uses? Pure: Windows path rules (case,
// separators, trailing backslash, \\?\ prefixes), %VAR% expansion, wildcards, and 8.3 short names
// through an injected resolver (GetLongPathNameW in production).
import type { Coverage, DefenderPathCoverage } from './types.js'
import type { TempDetails } from '../temp/types.js'
import type { ExclusionList } from './parse.js'

/** Long form of a path that may contain 8.3 short names; undefined when it cannot be resolved. */
export type LongPathResolver = (path: string) => string | undefined

/**
 * Defender expands variables in exclusions as the SYSTEM account: these differ from the runner
 * user's values, so an exclusion using them only possibly covers what they mean for the user.
 */
const PER_ACCOUNT_VARIABLES = new Set([
  'appdata',
  'homedrive',
  'homepath',
  'localappdata',
  'temp',
  'tmp',
  'userdomain',
  'username',
  'userprofile'
])

const RANK: Record<Coverage, number> = {
  unknown: 0,
  'not-covered': 1,
  'possibly-covered': 2,
  'covered-by-parent': 3,
  covered: 4
}

/** A path as Windows compares it: lower case, `\` only, no `\\?\`, no trailing separator. */
export function normalizeWindowsPath(path: string): string {
  let text = path.trim().replace(/\//g, '\\')
  let prefix = ''
  if (/^\\\\\?\\unc\\/i.test(text)) {
    prefix = '\\\\'
    text = text.slice(8)
  } else if (/^\\\\[?.]\\/.test(text)) {
    text = text.slice(4)
  } else if (text.startsWith('\\\\')) {
    prefix = '\\\\'
    text = text.slice(2)
  }
  text = text.replace(/\\{2,}/g, '\\').replace(/\\+$/, '')
  return (prefix + text).toLowerCase()
}

/** `inner` is `outer` or lies below it (both normalised). */
function isWithin(inner: string, outer: string): 'same' | 'below' | undefined {
  if (inner === outer) return 'same'
  return inner.startsWith(`${outer}\\`) ? 'below' : undefined
}

export interface ExpandedExclusion {
  raw: string
  /** Normalised text after %VAR% expansion; unresolved variables stay as `*`. */
  pattern: string
  wildcard: boolean
  /** Why a match is only possible: unresolved or per-account variables, wildcards. */
  doubt?: string
}

export function expandExclusion(
  raw: string,
  env: NodeJS.ProcessEnv,
  longPath: LongPathResolver
): ExpandedExclusion {
  const values = new Map<string, string>()
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined) values.set(name.toLowerCase(), value)
  }
  const unresolved: string[] = []
  const perAccount: string[] = []
  const expanded = raw.replace(/%([^%\\/]+)%/g, (whole, name: string) => {
    const value = values.get(name.toLowerCase())
    if (value === undefined) {
      unresolved.push(whole)
      return '*'
    }
    if (PER_ACCOUNT_VARIABLES.has(name.toLowerCase())) perAccount.push(whole)
    return value
  })
  const wildcard = /[*?]/.test(expanded)
  const long = !wildcard && expanded.includes('~') ? longPath(expanded) : undefined
  const doubts: string[] = []
  if (unresolved.length > 0) doubts.push(`${unresolved.join(', ')} not set here`)
  if (perAccount.length > 0) {
    doubts.push(`Defender expands ${perAccount.join(', ')} as SYSTEM, not as the runner user`)
  }
  if (wildcard && unresolved.length === 0) doubts.push('wildcard')
  return {
    raw,
    pattern: normalizeWindowsPath(long ?? expanded),
    wildcard,
    doubt: doubts.length > 0 ? doubts.join('; ') : undefined
  }
}

function wildcardRegex(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map(char =>
      char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  // The exclusion or any folder above the path may match.
  return new RegExp(`^${body}(\\\\.*)?$`)
}

function judgeOne(forms: string[], exclusion: ExpandedExclusion): Coverage {
  if (exclusion.wildcard) {
    const regex = wildcardRegex(exclusion.pattern)
    return forms.some(form => regex.test(form)) ? 'possibly-covered' : 'not-covered'
  }
  let best: Coverage = 'not-covered'
  for (const form of forms) {
    const relation = isWithin(form, exclusion.pattern)
    if (!relation) continue
    const coverage: Coverage = relation === 'same' ? 'covered' : 'covered-by-parent'
    if (RANK[coverage] > RANK[best]) best = coverage
  }
  if (best !== 'not-covered' && exclusion.doubt) return 'possibly-covered'
  return best
}

/** Every name a path goes by: as given and, when it holds `~`, its long form. */
export function pathForms(path: string, longPath: LongPathResolver): string[] {
  const forms = [normalizeWindowsPath(path)]
  if (path.includes('~')) {
    const long = longPath(path)
    if (long) forms.push(normalizeWindowsPath(long))
  }
  return [...new Set(forms)]
}

export function judgeCoverage(args: {
  paths: { label: string; path: string }[]
  exclusions: ExclusionList | undefined
  env: NodeJS.ProcessEnv
  longPath: LongPathResolver
  temp?: TempDetails
}): DefenderPathCoverage[] {
  const { exclusions, longPath } = args
  const expanded =
    exclusions && !exclusions.hidden
      ? exclusions.entries.map(raw => expandExclusion(raw, args.env, longPath))
      : []
  const costs = scanCosts(args.temp, longPath)
  return args.paths.map(({ label, path }) => {
    const forms = pathForms(path, longPath)
    const scanCostMs = forms.map(form => costs.get(form)).find(cost => cost !== undefined)
    const entry: DefenderPathCoverage = {
      label,
      path,
      coverage: 'unknown',
      ...(scanCostMs === undefined ? {} : { scanCostMs })
    }
    if (!exclusions || exclusions.hidden) return entry
    entry.coverage = 'not-covered'
    for (const exclusion of expanded) {
      const coverage = judgeOne(forms, exclusion)
      if (RANK[coverage] > RANK[entry.coverage]) {
        entry.coverage = coverage
        entry.by = exclusion.doubt ? `${exclusion.raw} (${exclusion.doubt})` : exclusion.raw
      }
    }
    return entry
  })
}

/** First start minus second start of a fresh executable, per probed directory (normalised). */
function scanCosts(temp: TempDetails | undefined, longPath: LongPathResolver): Map<string, number> {
  const costs = new Map<string, number>()
  for (const directory of temp?.directories ?? []) {
    if (directory.firstRunMs === undefined || directory.secondRunMs === undefined) continue
    const cost = Math.round((directory.firstRunMs - directory.secondRunMs) * 10) / 10
    for (const form of pathForms(directory.path, longPath)) costs.set(form, cost)
  }
  return costs
}

/** Process exclusions that name go.exe (by name, path or wildcard). */
export function goProcessExclusions(entries: string[]): string[] {
  return entries.filter(entry => {
    const name = entry.trim().replace(/\//g, '\\').split('\\').pop() ?? ''
    if (/[*?]/.test(name)) return wildcardRegex(name.toLowerCase()).test('go.exe')
    return name.toLowerCase() === 'go.exe'
  })
}

/** The fewest paths whose exclusion covers all of `paths`: children of another are dropped. */
export function outermostPaths(paths: string[]): string[] {
  const keyed = paths.map(path => ({ path, key: normalizeWindowsPath(path) }))
  return keyed
    .filter(
      (candidate, index) =>
        !keyed.some(
          (other, otherIndex) =>
            otherIndex !== index &&
            (isWithin(candidate.key, other.key) === 'below' ||
              (other.key === candidate.key && otherIndex < index))
        )
    )
    .map(candidate => candidate.path)
}

/** A drive root (`C:\`) or a share root: too broad for an exclusion this action adds. */
export function isRootPath(path: string): boolean {
  const key = normalizeWindowsPath(path)
  return /^[a-z]:$/.test(key) || /^\\\\[^\\]+(\\[^\\]+)?$/.test(key)
}

/** Whether `list` (read back from Defender) holds `path`, compared as Windows compares paths. */
export function listHolds(list: string[], path: string): boolean {
  const key = normalizeWindowsPath(path)
  return list.some(entry => normalizeWindowsPath(entry) === key)
}

/** `path` as a PowerShell single-quoted literal: only `'` needs escaping, by doubling. */
export function powershellQuote(path: string): string {
  return `'${path.replace(/['\u2018\u2019\u201a\u201b]/g, quote => quote + quote)}'`
}
