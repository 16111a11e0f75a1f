// The install plan, decided purely: what the user asked, which version and file, from where,
// how far it can be trusted, whether the tool cache already has it, where it is placed, and what
// later steps get exported. Data in, data out; install.ts and index.ts carry it out.
import { join } from 'node:path'
import { UserError } from '../errors.js'
import type { GoInputs } from '../inputs.js'
import type { Finding } from '../report/types.js'
import type { GoInstallDetails } from './details.js'
import { pickCached, type CacheLocation, type CachedGo } from './cache.js'
import type { Download } from './download.js'
import { gopathBin } from './environment.js'
import { checksumRequired, rangeWithoutListing, unknownVersion } from './failures.js'
import { archivesFor, candidatesOf, type Listing } from './listing.js'
import { archiveName, type GoTarget } from './target.js'
import type { VersionFromFile } from './version-file.js'
import { parseVersionSpec, selectVersion, semverToGo, type VersionSpec } from './version-spec.js'

export interface Request {
  spec: VersionSpec
  /** What the user asked, and where: `1.22 (go line 3 of go.mod)`. */
  described: string
  findings: Finding[]
}

/**
 * go-version, or go-version-file (already read: `fromFile`), or nothing. go-version wins when
 * both are given; the file is then not read at all.
 */
export function requestOf(inputs: GoInputs, fromFile?: VersionFromFile): Request | undefined {
  if (inputs.version) {
    const findings: Finding[] = []
    if (inputs.versionFile) {
      findings.push({
        id: 'go-install.version-and-file',
        severity: 'warning',
        title: 'Both go-version and go-version-file are set',
        message: `go-version ${inputs.version} is used; go-version-file ${inputs.versionFile} is ignored.`,
        remedy: 'Remove one of go-version and go-version-file from the step.'
      })
    }
    return { spec: parseVersionSpec(inputs.version), described: inputs.version, findings }
  }
  if (!inputs.versionFile || !fromFile) return undefined
  return {
    spec: parseVersionSpec(fromFile.version, `go-version-file ${inputs.versionFile}`),
    described: `${fromFile.version} (${fromFile.origin})`,
    findings: []
  }
}

/** What to download and how far it can be trusted. */
export interface DownloadPlan {
  /** semver */
  version: string
  fileName: string
  url: string
  /** `linux/amd64`: for messages. */
  platform: string
  /** The digest to check; absent when the file cannot be verified. */
  sha256?: string
  /** From the listing, when it gives one (0 there means unknown). */
  size?: number
  /** Why the file cannot be verified, when it cannot. */
  unverifiable?: string
}

/**
 * Pure: the spec, the listing and the target decide the file, its digest, and whether an
 * unverifiable file may be installed at all (`require-checksum`). One-line errors otherwise.
 */
export function planDownload(
  spec: VersionSpec,
  listing: Listing,
  target: GoTarget,
  baseUrl: string,
  requireChecksum: boolean
): DownloadPlan {
  let plan: DownloadPlan
  if (listing.releases) {
    const archives = archivesFor(listing.releases, target)
    const selected = selectVersion(spec, candidatesOf(archives))
    if (!selected) throw unknownVersion(spec, target, baseUrl, candidatesOf(archives))
    const { file } = archives.get(selected)!
    plan = {
      version: selected,
      fileName: file.filename,
      url: `${baseUrl}/${file.filename}`,
      platform: `${target.os}/${target.arch}`,
      sha256: file.sha256,
      size: file.size,
      unverifiable: file.sha256
        ? undefined
        : `the listing at ${listing.url} ${file.sha256Problem ?? 'gives no sha256'} for ${file.filename}`
    }
  } else {
    if (spec.kind !== 'exact') throw rangeWithoutListing(listing.url, listing.reason, spec)
    const fileName = archiveName(semverToGo(spec.semver), target)
    plan = {
      version: spec.semver,
      fileName,
      url: `${baseUrl}/${fileName}`,
      platform: `${target.os}/${target.arch}`,
      unverifiable: `${listing.url} has no Go listing (${listing.reason})`
    }
  }
  if (plan.unverifiable && requireChecksum) {
    throw checksumRequired({ ...plan, unverifiable: plan.unverifiable })
  }
  return plan
}

/** Everything the install decision depends on, gathered by the caller. */
export interface InstallFacts {
  request: Request
  checkLatest: boolean
  requireChecksum: boolean
  target: GoTarget
  baseUrl: string
  /** The tool name in the cache (`go`, or `go-<hash>` for a mirror). */
  tool: string
  /** Complete versions in the tool cache for this tool and arch. */
  cached: CachedGo[]
  toolCache: string
  runnerTemp: string
  /** Hosted Windows: the fast D: root the files go to (linked from the C: tool cache). */
  hostedWindowsRoot?: string
}

export interface UseCache {
  kind: 'use-cache'
  /** semver */
  version: string
  dir: string
  findings: Finding[]
}

/** How a downloaded archive becomes a GOROOT. */
export type Unpacking =
  /** tar.gz: hashed and unpacked as it arrives; used only once the whole digest matched. */
  | { kind: 'stream' }
  /** zip: needs random access, so it is downloaded whole into `downloads`, verified, extracted. */
  | { kind: 'download-then-extract'; downloads: string }

export interface DownloadStep {
  kind: 'download'
  download: DownloadPlan
  unpacking: Unpacking
  location: CacheLocation
  tool: string
  cacheArch: string
  findings: Finding[]
}

/**
 * Before any network: the tool cache serves the request, unless check-latest asks for the newest
 * or the spec is an alias (`stable`). Undefined: read the listing, then planWithListing.
 */
export function planFromCache(facts: InstallFacts): UseCache | undefined {
  if (facts.checkLatest) return undefined
  const hit = pickCached(facts.request.spec, facts.cached)
  return hit && { kind: 'use-cache', ...hit, findings: facts.request.findings }
}

/**
 * With the listing (or the one-line error reading it gave): the version it resolves to, from the
 * tool cache if there, else a download placed by how far it can be trusted. With check-latest, a
 * listing that cannot be read or lacks the version falls back to the tool cache, as setup-go
 * does. Throws the one-line error when nothing can be installed.
 */
export function planWithListing(
  facts: InstallFacts,
  listing: Listing | UserError
): UseCache | DownloadStep {
  const { request } = facts
  const useCache = (hit: CachedGo, findings = request.findings): UseCache => ({
    kind: 'use-cache',
    ...hit,
    findings
  })
  let download: DownloadPlan
  try {
    if (listing instanceof UserError) throw listing
    download = planDownload(
      request.spec,
      listing,
      facts.target,
      facts.baseUrl,
      facts.requireChecksum
    )
  } catch (error) {
    const hit = facts.checkLatest ? pickCached(request.spec, facts.cached) : undefined
    if (!hit || !(error instanceof UserError)) throw error
    return useCache(hit, [...request.findings, checkLatestUnresolved(error, hit.version)])
  }
  const hit = pickCached(parseVersionSpec(download.version), facts.cached)
  if (hit) return useCache(hit)

  // Only verified toolchains enter the tool cache, which outlives the job on self-hosted
  // runners; an unverified one lives under RUNNER_TEMP and is gone when the job ends.
  const unverifiedRoot = join(facts.runnerTemp, 'go-win-preflight', 'unverified')
  const location: CacheLocation = download.sha256
    ? { installRoot: facts.hostedWindowsRoot ?? facts.toolCache, defaultRoot: facts.toolCache }
    : { installRoot: unverifiedRoot, defaultRoot: unverifiedRoot }
  return {
    kind: 'download',
    download,
    unpacking: download.fileName.endsWith('.zip')
      ? {
          kind: 'download-then-extract',
          downloads: join(facts.runnerTemp, 'go-win-preflight', 'downloads')
        }
      : { kind: 'stream' },
    location,
    tool: facts.tool,
    cacheArch: facts.target.cacheArch,
    findings: download.unverifiable
      ? [...request.findings, checksumUnverified(download, download.unverifiable)]
      : request.findings
  }
}

function checkLatestUnresolved(error: UserError, version: string): Finding {
  return {
    id: 'go-install.check-latest-unresolved',
    severity: 'warning',
    title: 'check-latest could not ask the listing; the tool cache was used',
    message: `${error.message} Go ${semverToGo(version)} from the tool cache is used instead.`,
    remedy: 'Check that go-download-base-url serves `?mode=json&include=all`, or drop check-latest.'
  }
}

function checksumUnverified(download: DownloadPlan, why: string): Finding {
  return {
    id: 'go-install.checksum-unverified',
    severity: 'warning',
    title: 'Go was installed without checking its sha256',
    message: `${why}, so ${download.fileName} was installed unverified, for this job only (not in the tool cache).`,
    remedy:
      'Use a version or mirror whose listing gives the sha256 (`?mode=json&include=all` like go.dev), or fail instead:\nwith:\n  require-checksum: true',
    remedyLanguage: 'yaml'
  }
}

/** What carrying out a download measured. */
export interface Unpacked {
  download: Download
  extractor: string
  /** Time the extractor needed (for a streamed install: only its tail after the last byte). */
  extractMs: number
  /** The part of `download.ms` that was the extractor's, not the network's. */
  extractTailMs: number
  cacheMs: number
}

export function cachedDetails(
  request: Request,
  version: string,
  resolveMs: number
): GoInstallDetails {
  return {
    requested: request.described,
    resolvedVersion: semverToGo(version),
    source: 'tool-cache',
    checksum: 'not-applicable',
    cacheHit: true,
    timingsMs: { resolve: Math.round(resolveMs) }
  }
}

export function downloadedDetails(
  request: Request,
  plan: DownloadPlan,
  unpacked: Unpacked,
  resolveMs: number
): GoInstallDetails {
  const { download } = unpacked
  return {
    requested: request.described,
    resolvedVersion: semverToGo(plan.version),
    source: 'download',
    url: download.finalUrl === plan.url ? plan.url : `${plan.url} (served by ${download.finalUrl})`,
    sha256: download.sha256,
    checksum: plan.sha256 ? 'verified' : 'unverified',
    bytes: download.bytes,
    cacheHit: false,
    extractor: unpacked.extractor,
    timingsMs: {
      resolve: Math.round(resolveMs),
      download: Math.round(download.ms - download.hashMs - unpacked.extractTailMs),
      verify: Math.round(download.hashMs),
      extract: Math.round(unpacked.extractMs),
      cache: Math.round(unpacked.cacheMs)
    }
  }
}

/** What later steps get: PATH entries (first entry first) and variables. */
export interface GoExports {
  path: string[]
  variables: Record<string, string>
}

/**
 * GOROOT/bin, then GOPATH/bin, first on PATH; GOTOOLCHAIN=local stops a go.mod toolchain line
 * from downloading another Go.
 */
export function goExports(
  goRoot: string,
  goEnv: Record<string, string>,
  platform: NodeJS.Platform
): GoExports {
  const bin = gopathBin(goEnv, platform)
  return { path: [join(goRoot, 'bin'), ...(bin ? [bin] : [])], variables: { GOTOOLCHAIN: 'local' } }
}
