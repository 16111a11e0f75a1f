// The runner's tool cache, laid out as @actions/tool-cache and setup-go do
// (`<root>/<tool>/<semver>/<arch>` + `<arch>.complete`), so setup-go's caches and the hosted
// images' preinstalled Go count as hits. A version is committed only when fully extracted and
// verified: extraction happens in a staging folder, renamed into place, marker written last.
import { createHash, randomUUID } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import semver from 'semver'
import { DEFAULT_BASE_URL } from './listing.js'
import { selectVersion, type VersionSpec } from './version-spec.js'

/** Builds from a mirror get their own tool name, as in setup-go, so they never pose as go.dev's. */
export function toolName(baseUrl: string): string {
  if (baseUrl === DEFAULT_BASE_URL) return 'go'
  return `go-${createHash('sha256').update(baseUrl).digest('hex').slice(0, 8)}`
}

/** Versions present and complete in the cache for this tool and arch. */
export function cachedVersions(root: string, tool: string, arch: string): string[] {
  let children: string[]
  try {
    children = readdirSync(join(root, tool))
  } catch {
    return []
  }
  return children.filter(
    child =>
      semver.valid(child) !== null &&
      existsSync(join(root, tool, child, arch)) &&
      existsSync(join(root, tool, child, `${arch}.complete`))
  )
}

/** A complete version in the tool cache and its folder. */
export interface CachedGo {
  /** semver */
  version: string
  dir: string
}

/** The complete versions in the cache for this tool and arch, with their folders. */
export function cachedGo(root: string, tool: string, arch: string): CachedGo[] {
  return cachedVersions(root, tool, arch).map(version => ({
    version,
    dir: join(root, tool, version, arch)
  }))
}

/** Pure: the cached version the spec selects; an alias (`stable`) always asks the listing. */
export function pickCached(spec: VersionSpec, cached: readonly CachedGo[]): CachedGo | undefined {
  if (spec.kind === 'alias') return undefined
  const version = selectVersion(
    spec,
    cached.map(entry => ({ semver: entry.version, stable: true }))
  )
  return cached.find(entry => entry.version === version)
}

/**
 * On GitHub-hosted Windows, C: is slow and D: is fast: install on D: and link the C: tool cache
 * entry to it, as setup-go does. Guarded exactly like setup-go: Windows, not self-hosted, a tool
 * cache on C:, and both C:\ and D:\ present. Returns the D: root, or undefined.
 */
export function hostedWindowsInstallRoot(
  platform: NodeJS.Platform,
  toolCache: string,
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean
): string | undefined {
  if (platform !== 'win32') return undefined
  const selfHosted =
    env.RUNNER_ENVIRONMENT !== 'github-hosted' &&
    (env.AGENT_ISSELFHOSTED === '1' || env.AGENT_ISSELFHOSTED === undefined)
  if (selfHosted) return undefined
  if (!/^c:/i.test(toolCache)) return undefined
  if (!exists('c:\\') || !exists('d:\\')) return undefined
  return `D:${toolCache.slice(2)}`
}

export interface CacheLocation {
  /** Where the files go. */
  installRoot: string
  /** The tool cache the runner knows, linked to the install when it differs. */
  defaultRoot: string
}

/** A fresh staging folder beside the final place (same volume, so the commit is a rename). */
export function createStaging(location: CacheLocation, tool: string): string {
  const staging = join(location.installRoot, tool, `.staging-${randomUUID()}`)
  mkdirSync(staging, { recursive: true })
  return staging
}

/** Moves a verified, extracted GOROOT into the cache and writes the marker last. */
export async function commitToCache(
  goRoot: string,
  location: CacheLocation,
  tool: string,
  version: string,
  arch: string
): Promise<string> {
  const installed = join(location.installRoot, tool, version, arch)
  rmSync(`${installed}.complete`, { force: true })
  rmSync(installed, { recursive: true, force: true })
  mkdirSync(dirname(installed), { recursive: true })
  await renameWithRetry(goRoot, installed)
  writeFileSync(`${installed}.complete`, '')
  if (location.installRoot === location.defaultRoot) return installed
  const linked = join(location.defaultRoot, tool, version, arch)
  rmSync(`${linked}.complete`, { force: true })
  rmSync(linked, { recursive: true, force: true })
  mkdirSync(dirname(linked), { recursive: true })
  // A junction needs no privilege (a directory symlink does); elsewhere the type is ignored.
  symlinkSync(installed, linked, 'junction')
  writeFileSync(`${linked}.complete`, '')
  return linked
}

/**
 * A scanner (antivirus, indexer) may still hold a just-extracted file on Windows: renaming the
 * folder then fails briefly with EPERM/EBUSY. tool-cache copies instead; a few retries keep the
 * commit a rename (seconds faster for Go's ~15,000 files).
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (const delayMs of [100, 400, 1500, undefined]) {
    try {
      renameSync(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (delayMs === undefined || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES'))
        throw error
      await new Promise(resolveDelay => setTimeout(resolveDelay, delayMs))
    }
  }
}

/** `go` inside a GOROOT. */
export function goBinaryIn(goRoot: string, platform: NodeJS.Platform): string {
  return join(goRoot, 'bin', platform === 'win32' ? 'go.exe' : 'go')
}
