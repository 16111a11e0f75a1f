// Pure: what the dependency cache restores and saves, under which key, and whether to save.
// The key is setup-go's own, so a repository that switches from setup-go keeps its warm entries.
import { isAbsolute, join } from 'node:path'
import type { DependencyCacheReport } from '../report/types.js'

export interface CacheInputs {
  enabled: boolean
  /** Lines of `cache-dependency-path`: globs, relative to the workspace. Empty: the default. */
  dependencyPath: string[]
}

/** The facts the key is built from. */
export interface KeyFacts {
  /** RUNNER_OS as the runner spells it: Linux, Windows, macOS. */
  runnerOs: string
  /** Node's process.arch (x64, arm64), as setup-go uses it. */
  arch: string
  /** ImageOS (e.g. ubuntu24): setup-go adds it on Linux, where glibc differs between images. */
  imageOs?: string
  /** Go version without the `go` prefix: 1.22.5. */
  goVersion: string
  /** @actions/glob hashFiles of the dependency files. */
  fileHash: string
}

export interface CacheKeys {
  primary: string
  /** Tried in order when no entry has the primary key. */
  restoreKeys: string[]
}

const RUNNER_OS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Linux',
  win32: 'Windows',
  darwin: 'macOS'
}

/** RUNNER_OS, or the runner's spelling of this platform outside Actions. */
export function runnerOsName(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  return env.RUNNER_OS || RUNNER_OS[platform] || platform
}

/**
 * setup-go's primary key, `setup-go-<os>-<arch>-<image->go-<version>-<hash>`, and one restore
 * key (the same without the hash) that setup-go does not have: a changed go.sum then starts from
 * the previous module cache instead of from nothing. Go's caches are content-addressed, so an
 * entry from older dependencies holds nothing wrong, only files the build no longer reads.
 */
export function cacheKeys(facts: KeyFacts): CacheKeys {
  const image = facts.runnerOs === 'Linux' && facts.imageOs ? `${facts.imageOs}-` : ''
  const prefix = `setup-go-${facts.runnerOs}-${facts.arch}-${image}go-${facts.goVersion}-`
  return { primary: `${prefix}${facts.fileHash}`, restoreKeys: [prefix] }
}

/** `go1.22.5` → `1.22.5`, as setup-go's `go-version` output. */
export function versionWithoutPrefix(goVersion: string): string {
  return goVersion.replace(/^go/, '')
}

/**
 * The glob patterns to hash. Given lines are relative to the workspace (absolute ones stay);
 * a leading `!` (exclude) is kept in front. Default: go.mod of the working directory, as
 * setup-go v6 (which looks in the workspace root; here the module may live in a subfolder).
 */
export function dependencyPatterns(
  lines: string[],
  workingDirectory: string,
  workspace: string
): string[] {
  if (lines.length === 0) return [join(workingDirectory, 'go.mod')]
  return lines.map(line => {
    const negated = line.startsWith('!')
    const pattern = negated ? line.slice(1) : line
    const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern)
    return negated ? `!${absolute}` : absolute
  })
}

/** GOMODCACHE and GOCACHE from `go env`, as setup-go caches them; `off` and empty are left out. */
export function cachePaths(goEnv: Record<string, string>): string[] {
  return [goEnv.GOMODCACHE, goEnv.GOCACHE].filter(
    (path): path is string => path !== undefined && path !== '' && path !== 'off'
  )
}

/** What main hands to post through the runner's state, when the job got that far. */
export interface SaveState {
  key: string
  paths: string[]
  /** The key the restore matched, if any: an exact match means there is nothing to save. */
  matchedKey?: string
  /** The JSON report (and its report-path copy) to add the save's figures to. */
  reportFiles: string[]
}

export function encodeSaveState(state: SaveState): string {
  return JSON.stringify(state)
}

/** The state main wrote, or undefined when main did not write it (or it is not ours). */
export function decodeSaveState(text: string): SaveState | undefined {
  if (text === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  const record = value as Partial<SaveState> | null
  const strings = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every(item => typeof item === 'string')
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof record.key !== 'string' ||
    !strings(record.paths) ||
    !strings(record.reportFiles) ||
    (record.matchedKey !== undefined && typeof record.matchedKey !== 'string')
  )
    return undefined
  return {
    key: record.key,
    paths: record.paths,
    matchedKey: record.matchedKey,
    reportFiles: record.reportFiles
  }
}

export type SaveDecision = { save: true } | { save: false; reason: string }

/** Save unless the restore hit the key exactly or none of the folders exists. */
export function decideSave(state: SaveState, existing: string[]): SaveDecision {
  if (state.matchedKey === state.key)
    return { save: false, reason: `the restore hit ${state.key} exactly: nothing new to save` }
  if (existing.length === 0)
    return {
      save: false,
      reason: `none of the cache folders exists (${state.paths.join(', ')})`
    }
  return { save: true }
}

/** The restore's outcome, as the report and the `cache-hit` output say it. */
export function restoreOutcome(
  keys: CacheKeys,
  matchedKey: string | undefined
): Pick<DependencyCacheReport, 'status' | 'summary'> {
  if (matchedKey === undefined)
    return {
      status: 'miss',
      summary: `no entry for ${keys.primary} or its prefix: the post step saves one`
    }
  if (matchedKey === keys.primary)
    return { status: 'hit', summary: `restored ${matchedKey} (exact key)` }
  return {
    status: 'partial',
    summary: `restored ${matchedKey} (restore key; the dependency files changed): the post step saves ${keys.primary}`
  }
}
