// The go.dev-style JSON listing (`<base>/?mode=json&include=all`): every release with the
// sha256 of every file. Fetched at most once per job: the answer is kept under RUNNER_TEMP.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../errors.js'
import { HttpStatusError, fetchText, type NetworkOptions } from './download.js'
import type { GoTarget } from './target.js'
import { goToSemver, type Candidate } from './version-spec.js'

export const DEFAULT_BASE_URL = 'https://go.dev/dl'

export interface ListedFile {
  filename: string
  os: string
  arch: string
  kind: string
  /** Lower-case hex; absent when the listing gives none (go1.5.2 and older) or a malformed one. */
  sha256?: string
  /** Why `sha256` is absent, in words, when the listing gave something unusable. */
  sha256Problem?: string
  /** Bytes; absent when unknown (go.dev lists `"size": 0` for some old files). */
  size?: number
}

export interface ListedRelease {
  /** As listed: `go1.22.5`. */
  version: string
  stable: boolean
  files: ListedFile[]
}

/** A listing, or the reason the mirror has none (then downloads go unverified). */
export type Listing =
  { url: string; releases: ListedRelease[] } | { url: string; releases: null; reason: string }

export function listingUrl(baseUrl: string): string {
  return `${baseUrl}/?mode=json&include=all`
}

/**
 * Checks a parsed listing. Only the frame is required (an array of releases with a version, a
 * boolean `stable` and a `files` array): a listing without it is not go.dev's format. Files are
 * judged one by one, because go.dev's own listing has files nobody can verify (`"sha256": ""`
 * for go1.5.2 and older, golang/go#37586) and sizes of 0: a file without a usable digest is
 * kept as unverifiable, which matters only if it is the one to install; a file without a name,
 * os, arch or kind cannot be chosen and is left out.
 */
export function validateListing(data: unknown, url: string): ListedRelease[] {
  const bad = (what: string): UserError =>
    new UserError(`The Go listing at ${url} is not in go.dev's format: ${what}.`)
  if (!Array.isArray(data)) throw bad('expected a JSON array of releases')
  return data.map((item: unknown, index) => {
    const release = item as Partial<Record<keyof ListedRelease, unknown>> | null
    if (typeof release !== 'object' || release === null)
      throw bad(`entry ${index} is not an object`)
    if (
      typeof release.version !== 'string' ||
      !release.version.startsWith('go') ||
      !goToSemver(release.version)
    ) {
      throw bad(
        `entry ${index} has version ${JSON.stringify(release.version)}, expected e.g. "go1.22.5"`
      )
    }
    if (typeof release.stable !== 'boolean') throw bad(`${release.version} has no boolean "stable"`)
    if (!Array.isArray(release.files)) throw bad(`${release.version} has no "files" array`)
    const files = release.files.flatMap((raw: unknown): ListedFile[] => {
      const judged = judgeFile(raw)
      return judged ? [judged] : []
    })
    return { version: release.version, stable: release.stable, files }
  })
}

/** One file of a listing, or undefined when it cannot be chosen at all. Pure. */
export function judgeFile(raw: unknown): ListedFile | undefined {
  const file = raw as Partial<Record<keyof ListedFile, unknown>> | null
  if (typeof file !== 'object' || file === null) return undefined
  const { filename, os, arch, kind, sha256, size } = file
  if (
    typeof filename !== 'string' ||
    typeof os !== 'string' ||
    typeof arch !== 'string' ||
    typeof kind !== 'string'
  )
    return undefined
  const judged: ListedFile = { filename, os, arch, kind }
  if (typeof sha256 === 'string' && /^[0-9a-f]{64}$/i.test(sha256)) {
    judged.sha256 = sha256.toLowerCase()
  } else if (sha256 === undefined && typeof file.sha256Problem === 'string') {
    judged.sha256Problem = file.sha256Problem // a listing this job already judged and kept
  } else if (sha256 === undefined || sha256 === '' || sha256 === null) {
    judged.sha256Problem = 'gives no sha256'
  } else {
    judged.sha256Problem = `gives sha256 ${JSON.stringify(sha256).slice(0, 80)}, not 64 hex digits`
  }
  if (typeof size === 'number' && Number.isSafeInteger(size) && size > 0) judged.size = size
  return judged
}

/** The archive of each release for this target, keyed by semver. */
export function archivesFor(
  releases: readonly ListedRelease[],
  target: GoTarget
): Map<string, { release: ListedRelease; file: ListedFile }> {
  const found = new Map<string, { release: ListedRelease; file: ListedFile }>()
  for (const release of releases) {
    const file = release.files.find(
      candidate =>
        candidate.kind === 'archive' &&
        candidate.os === target.os &&
        candidate.arch === target.arch &&
        candidate.filename.endsWith(`.${target.extension}`)
    )
    const version = goToSemver(release.version)
    if (file && version && !found.has(version)) found.set(version, { release, file })
  }
  return found
}

export function candidatesOf(archives: Map<string, { release: ListedRelease }>): Candidate[] {
  return [...archives].map(([semver, { release }]) => ({ semver, stable: release.stable }))
}

/**
 * The listing for `baseUrl`, from RUNNER_TEMP when this job already fetched it. A mirror that
 * answers 404/410, or with something that is not JSON (an HTML index), has no listing.
 */
export async function loadListing(
  baseUrl: string,
  runnerTemp: string,
  token: string,
  network: NetworkOptions
): Promise<Listing> {
  const url = listingUrl(baseUrl)
  const key = createHash('sha256').update(baseUrl).digest('hex').slice(0, 12)
  const cacheFile = join(runnerTemp, 'go-win-preflight', `go-listing-${key}.json`)
  let cached: { releases?: unknown; reason?: string } | undefined
  try {
    cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { releases?: unknown; reason?: string }
  } catch {
    cached = undefined
  }
  if (cached?.reason !== undefined) return { url, releases: null, reason: cached.reason }
  if (cached?.releases !== undefined)
    return { url, releases: validateListing(cached.releases, url) }

  let listing: Listing
  try {
    const { text, contentType } = await fetchText(url, token, network)
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      data = undefined
    }
    listing =
      data === undefined
        ? {
            url,
            releases: null,
            reason: `the answer is not JSON (${contentType || 'no content type'})`
          }
        : { url, releases: validateListing(data, url) }
  } catch (error) {
    if (!(error instanceof HttpStatusError) || (error.status !== 404 && error.status !== 410))
      throw error
    listing = { url, releases: null, reason: `HTTP ${error.status}` }
  }
  mkdirSync(join(runnerTemp, 'go-win-preflight'), { recursive: true })
  const partial = `${cacheFile}.${process.pid}.tmp`
  writeFileSync(
    partial,
    JSON.stringify(listing.releases ? { releases: listing.releases } : { reason: listing.reason })
  )
  renameSync(partial, cacheFile)
  return listing
}
