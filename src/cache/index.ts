// The dependency cache's effects: hash the dependency files (@actions/glob), restore and save
// GOMODCACHE and GOCACHE (@actions/cache), hand the key from main to post through the runner's
// state. Every decision is in plan.ts. A cache problem is a warning, never a failed job.
import * as core from '@actions/core'
import * as glob from '@actions/glob'
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import type { RunContext } from '../context.js'
import { errorMessage } from '../errors.js'
import type { GoSetup } from '../go/index.js'
import type { DependencyCacheReport, DependencyCacheSave, Report } from '../report/types.js'
import {
  cacheKeys,
  cachePaths,
  decideSave,
  decodeSaveState,
  dependencyPatterns,
  encodeSaveState,
  restoreOutcome,
  runnerOsName,
  versionWithoutPrefix,
  type CacheInputs
} from './plan.js'
import { renderCacheSave } from './summary.js'

const STATE = 'dependency-cache'

/** @actions/cache (with the Azure SDK) loads only when a cache is really restored or saved. */
const loadCacheClient = () => import('@actions/cache')

const notRestored = (
  status: DependencyCacheReport['status'],
  summary: string,
  paths: string[] = []
): DependencyCacheReport => ({
  status,
  summary,
  key: null,
  restoreKeys: [],
  matchedKey: null,
  paths,
  dependencyFiles: [],
  restore: null,
  save: null
})

/** Restores the module and build cache for the Go just set up. Never throws. */
export async function restoreDependencyCache(
  inputs: CacheInputs,
  go: GoSetup,
  workingDirectory: string,
  ctx: RunContext
): Promise<DependencyCacheReport> {
  if (!inputs.enabled) return notRestored('disabled', 'input cache is false')
  if (!go.toolchain || !go.goEnv)
    return notRestored('skipped', 'no Go to cache for (no go-version and no go on PATH)')
  const paths = cachePaths(go.goEnv)
  if (paths.length === 0)
    return notRestored('skipped', 'go env gives neither GOMODCACHE nor GOCACHE')
  const cache = await loadCacheClient()
  if (!cache.isFeatureAvailable()) {
    const why =
      'the runner gives no cache service (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL): caching is skipped'
    // As setup-go: a warning on a runner; outside Actions (a local run) there is nothing to fix.
    if (ctx.env.GITHUB_ACTIONS === 'true') core.warning(`Dependency cache: ${why}.`)
    return notRestored('unavailable', why, paths)
  }
  try {
    const patterns = dependencyPatterns(inputs.dependencyPath, workingDirectory, ctx.workspace)
    const joined = patterns.join('\n')
    const globber = await glob.create(joined, { matchDirectories: false })
    const dependencyFiles = await globber.glob()
    const fileHash = await glob.hashFiles(joined, ctx.workspace)
    if (fileHash === '') {
      const why = `no dependency file matches ${patterns.join(', ')} inside the workspace ${ctx.workspace}: caching is skipped`
      core.warning(`Dependency cache: ${why}. Set cache-dependency-path (for example go.sum).`)
      return notRestored('skipped', why, paths)
    }
    const keys = cacheKeys({
      runnerOs: runnerOsName(ctx.env, ctx.platform),
      arch: ctx.arch,
      imageOs: ctx.env.ImageOS,
      goVersion: versionWithoutPrefix(go.toolchain.version),
      fileHash
    })
    const bytesBefore = folderBytes(paths)
    const begun = performance.now()
    const matchedKey = await cache.restoreCache([...paths], keys.primary, keys.restoreKeys)
    const ms = Math.round(performance.now() - begun)
    const outcome = restoreOutcome(keys, matchedKey)
    core.info(`Dependency cache: ${outcome.summary}`)
    return {
      ...outcome,
      key: keys.primary,
      restoreKeys: keys.restoreKeys,
      matchedKey: matchedKey ?? null,
      paths,
      dependencyFiles,
      restore: { ms, bytesBefore, bytesAfter: folderBytes(paths) },
      save: null
    }
  } catch (error) {
    // @actions/cache throws only for keys it rejects; glob for unreadable patterns.
    const why = `the restore could not run: ${errorMessage(error)}`
    core.warning(`Dependency cache: ${why}`)
    return notRestored('skipped', why, paths)
  }
}

/**
 * Called at the end of a main step that succeeded: tells the post step what to save. Without
 * this state (main failed, or there was nothing to cache) the post step saves nothing.
 */
export function handOverToPost(report: DependencyCacheReport, reportFiles: string[]): void {
  if (report.key === null) return
  core.saveState(
    STATE,
    encodeSaveState({
      key: report.key,
      paths: report.paths,
      matchedKey: report.matchedKey ?? undefined,
      reportFiles
    })
  )
}

/** The post step's save. Problems are warnings; the figures go to the report and the summary. */
export async function saveDependencyCache(): Promise<void> {
  const state = decodeSaveState(core.getState(STATE))
  if (!state) return
  const existing = state.paths.filter(path => existsSync(path))
  const decision = decideSave(state, existing)
  let save: DependencyCacheSave
  if (!decision.save) {
    core.info(`Dependency cache: not saved: ${decision.reason}.`)
    save = { status: 'skipped', summary: decision.reason, ms: null, bytes: null }
  } else {
    const cache = await loadCacheClient()
    const bytes = folderBytes(existing)
    const begun = performance.now()
    // The same path list as the restore: it is part of the entry's version.
    const id = await cache.saveCache([...state.paths], state.key)
    const ms = Math.round(performance.now() - begun)
    save =
      id === -1
        ? {
            status: 'failed',
            summary: `${state.key} was not saved (the cache service's answer is in the log above; another job may be saving the same key)`,
            ms,
            bytes
          }
        : { status: 'saved', summary: `saved ${state.key}`, ms, bytes }
    if (save.status === 'failed') core.warning(`Dependency cache: ${save.summary}.`)
    else core.info(`Dependency cache: ${save.summary}.`)
  }
  for (const file of state.reportFiles) addSaveToReport(file, save)
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(renderCacheSave(save), true).write()
}

/** The report written by main gets the save's figures; a report that is gone is left alone. */
function addSaveToReport(file: string, save: DependencyCacheSave): void {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report
    if (!report.cache) return
    report.cache.save = save
    writeFileSync(`${file}.partial`, `${JSON.stringify(report, null, 2)}\n`)
    renameSync(`${file}.partial`, file)
  } catch (error) {
    core.debug(`Dependency cache: could not add the save to ${file}: ${errorMessage(error)}`)
  }
}

/** Bytes of the regular files under the given folders (links are not followed). */
export function folderBytes(paths: string[]): number {
  let total = 0
  const pending = paths.filter(path => existsSync(path))
  while (pending.length > 0) {
    const dir = pending.pop()!
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) pending.push(path)
      else if (entry.isFile()) {
        try {
          total += lstatSync(path).size
        } catch {
          // Removed while counting: it no longer takes space.
        }
      }
    }
  }
  return total
}
