// Installs the Go the tests will use (or finds the one on PATH), then checks its environment.
// Each step lives in its own module; this file only orders them and assembles the report.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { RunContext } from '../context.js'
import { UserError, errorMessage } from '../errors.js'
import type { GoInputs } from '../inputs.js'
import type { CheckResultOf } from '../checks/result.js'
import type { CheckResult, Finding } from '../report/types.js'
import type { GoInstallDetails } from './details.js'
import {
  commitToCache,
  createStaging,
  findCached,
  goBinaryIn,
  hostedWindowsInstallRoot,
  toolName,
  type CacheLocation
} from './cache.js'
import {
  DEFAULT_NETWORK,
  HttpStatusError,
  download,
  fileSink,
  type BodySink,
  type Download,
  type NetworkOptions
} from './download.js'
import {
  evaluateGoEnvironment,
  exportGoEnvironment,
  gatherFacts,
  gopathBin,
  readGoEnv,
  registerProblemMatcher,
  whichOnPath,
  type GoEnvRun
} from './environment.js'
import { TAR_GZ_STREAM, extractArchive, holdsGo, tarGzSink } from './extract.js'
import {
  DEFAULT_BASE_URL,
  archivesFor,
  candidatesOf,
  loadListing,
  type Listing
} from './listing.js'
import { archiveName, goTarget, type GoTarget } from './target.js'
import type { GoToolchain } from './types.js'
import { readVersionFile } from './version-file.js'
import {
  nearestVersions,
  parseVersionSpec,
  selectVersion,
  semverToGo,
  type VersionSpec
} from './version-spec.js'

export interface GoSetup {
  toolchain?: GoToolchain
  checks: CheckResult[]
  goEnv?: Record<string, string>
}

const NO_GO = 'no go-version given and no go on PATH: checks that need Go are skipped'

interface Request {
  spec: VersionSpec
  /** What the user asked, and where: `1.22 (go line 3 of go.mod)`. */
  described: string
  findings: Finding[]
}

/** go-version, or go-version-file, or nothing. go-version wins when both are given. */
export function readRequest(inputs: GoInputs, ctx: RunContext): Request | undefined {
  const findings: Finding[] = []
  if (inputs.version) {
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
  if (!inputs.versionFile) return undefined
  const found = readVersionFile(inputs.versionFile, ctx.workspace, {
    GOTOOLCHAIN: ctx.env.GOTOOLCHAIN
  })
  return {
    spec: parseVersionSpec(found.version, `go-version-file ${inputs.versionFile}`),
    described: `${found.version} (${found.origin})`,
    findings
  }
}

interface Installed {
  goRoot: string
  details: GoInstallDetails
  findings: Finding[]
}

export async function setupGo(
  inputs: GoInputs,
  workingDirectory: string,
  ctx: RunContext,
  network: NetworkOptions = DEFAULT_NETWORK
): Promise<GoSetup> {
  const started = performance.now()
  const request = readRequest(inputs, ctx)
  if (!request) return useGoOnPath(workingDirectory, ctx, started)

  const installed = await installGo(request, inputs, ctx, network)
  const goBinary = goBinaryIn(installed.goRoot, ctx.platform)
  const goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env)
  const bin = gopathBin(goEnvRun.goEnv, ctx.platform)
  exportGoEnvironment(installed.goRoot, bin)
  registerProblemMatcher(ctx.runnerTemp)
  const goVersion = goEnvRun.goEnv.GOVERSION ?? `go${installed.details.resolvedVersion}`
  const details: GoInstallDetails = { ...installed.details, goRoot: installed.goRoot, goVersion }
  const toolchain: GoToolchain = {
    goBinary,
    goRoot: installed.goRoot,
    version: goVersion,
    source: details.cacheHit ? 'tool-cache' : 'download'
  }
  const facts = gatherFacts({
    platform: ctx.platform,
    goBinary,
    goRoot: installed.goRoot,
    goEnvRun,
    env: ctx.env,
    addedPath: [join(installed.goRoot, 'bin'), ...(bin ? [bin] : [])],
    workingDirectory
  })
  return {
    toolchain,
    goEnv: goEnvRun.goEnv,
    checks: [installCheck(details, installed.findings, started), evaluateGoEnvironment(facts)]
  }
}

function installCheck(
  details: GoInstallDetails,
  findings: Finding[],
  started: number
): CheckResultOf<'go-install', GoInstallDetails> {
  const seconds = (ms = 0) => `${(ms / 1000).toFixed(2)} s`
  const t = details.timingsMs
  let summary: string
  if (details.cacheHit) {
    summary = `${details.goVersion} from the tool cache (${details.goRoot})`
  } else {
    const mb = ((details.bytes ?? 0) / 1e6).toFixed(1)
    const check = details.checksum === 'verified' ? 'sha256 verified' : 'sha256 NOT verified'
    summary =
      `Installed ${details.goVersion} from ${details.url}: ${check}, ${mb} MB; download ${seconds(t.download)}, ` +
      `verify ${seconds(t.verify)}, extract ${seconds(t.extract)} (${details.extractor}), cache ${seconds(t.cache)}`
  }
  const status = findings.some(finding => finding.severity === 'error')
    ? 'fail'
    : findings.some(finding => finding.severity === 'warning')
      ? 'warn'
      : 'pass'
  return {
    id: 'go-install',
    title: 'Go toolchain',
    status,
    summary,
    findings,
    details,
    durationMs: Math.round(performance.now() - started)
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
    if (spec.kind !== 'exact') {
      throw new UserError(
        `${listing.url} has no Go listing (${listing.reason}), so go-version ${spec.text} cannot be resolved: give an exact version such as 1.22.5.`
      )
    }
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
    throw new UserError(
      `require-checksum is true but ${plan.unverifiable}: the download of ${plan.url} cannot be verified.`
    )
  }
  return plan
}

/** Tool cache first (unless check-latest or an alias), then the listing, then download. */
async function installGo(
  request: Request,
  inputs: GoInputs,
  ctx: RunContext,
  network: NetworkOptions
): Promise<Installed> {
  const begun = performance.now()
  const { spec } = request
  const target = goTarget(ctx.platform, ctx.arch, inputs.architecture)
  const baseUrl = inputs.downloadBaseUrl || DEFAULT_BASE_URL
  const tool = toolName(baseUrl)
  const cacheHit = (version: string, dir: string, findings = request.findings): Installed => {
    core.info(`Go ${semverToGo(version)} found in the tool cache: ${dir}`)
    return {
      goRoot: dir,
      findings,
      details: {
        requested: request.described,
        resolvedVersion: semverToGo(version),
        source: 'tool-cache',
        checksum: 'not-applicable',
        cacheHit: true,
        timingsMs: { resolve: Math.round(performance.now() - begun) }
      }
    }
  }

  if (!inputs.checkLatest) {
    const hit = findCached(ctx.toolCache, tool, target.cacheArch, spec)
    if (hit) return cacheHit(hit.version, hit.dir)
  }

  let plan: DownloadPlan
  try {
    const listing = await loadListing(baseUrl, ctx.runnerTemp, inputs.token, network)
    plan = planDownload(spec, listing, target, baseUrl, inputs.requireChecksum)
  } catch (error) {
    // setup-go: check-latest asks for the newest, but a listing that cannot be read or lacks the
    // version does not fail a job the tool cache can serve.
    const hit = inputs.checkLatest
      ? findCached(ctx.toolCache, tool, target.cacheArch, spec)
      : undefined
    if (!hit || !(error instanceof UserError)) throw error
    return cacheHit(hit.version, hit.dir, [
      ...request.findings,
      {
        id: 'go-install.check-latest-unresolved',
        severity: 'warning',
        title: 'check-latest could not ask the listing; the tool cache was used',
        message: `${error.message} Go ${semverToGo(hit.version)} from the tool cache is used instead.`,
        remedy:
          'Check that go-download-base-url serves `?mode=json&include=all`, or drop check-latest.'
      }
    ])
  }
  const hit = findCached(ctx.toolCache, tool, target.cacheArch, parseVersionSpec(plan.version))
  if (hit) return cacheHit(hit.version, hit.dir)

  const findings = [...request.findings]
  if (plan.unverifiable) {
    findings.push({
      id: 'go-install.checksum-unverified',
      severity: 'warning',
      title: 'Go was installed without checking its sha256',
      message: `${plan.unverifiable}, so ${plan.fileName} was installed unverified, for this job only (not in the tool cache).`,
      remedy:
        'Use a version or mirror whose listing gives the sha256 (`?mode=json&include=all` like go.dev), or fail instead:\nwith:\n  require-checksum: true',
      remedyLanguage: 'yaml'
    })
  }
  const resolveMs = Math.round(performance.now() - begun)
  core.info(`Downloading Go ${semverToGo(plan.version)} from ${plan.url}`)

  // Only verified toolchains enter the tool cache, which outlives the job on self-hosted
  // runners; an unverified one lives under RUNNER_TEMP and is gone when the job ends.
  const unverifiedRoot = join(ctx.runnerTemp, 'go-win-preflight', 'unverified')
  const location: CacheLocation = plan.sha256
    ? {
        installRoot:
          hostedWindowsInstallRoot(ctx.platform, ctx.toolCache, ctx.env, existsSync) ??
          ctx.toolCache,
        defaultRoot: ctx.toolCache
      }
    : { installRoot: unverifiedRoot, defaultRoot: unverifiedRoot }
  let staging: string | undefined
  try {
    staging = createStaging(location, tool)
    const unpacked = plan.fileName.endsWith('.zip')
      ? await downloadThenExtract(plan, staging, inputs.token, ctx, network)
      : await streamInstall(plan, staging, inputs.token, ctx.platform, network)
    const cacheBegun = performance.now()
    const goRoot = await commitToCache(
      join(staging, 'go'),
      location,
      tool,
      plan.version,
      target.cacheArch
    )
    const cacheMs = performance.now() - cacheBegun
    const { download } = unpacked
    return {
      goRoot,
      findings,
      details: {
        requested: request.described,
        resolvedVersion: semverToGo(plan.version),
        source: 'download',
        url:
          download.finalUrl === plan.url
            ? plan.url
            : `${plan.url} (served by ${download.finalUrl})`,
        sha256: download.sha256,
        checksum: plan.sha256 ? 'verified' : 'unverified',
        bytes: download.bytes,
        cacheHit: false,
        extractor: unpacked.extractor,
        timingsMs: {
          resolve: resolveMs,
          download: Math.round(download.ms - download.hashMs - unpacked.extractTailMs),
          verify: Math.round(download.hashMs),
          extract: Math.round(unpacked.extractMs),
          cache: Math.round(cacheMs)
        }
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new UserError(
        `No space left on device while installing Go ${semverToGo(plan.version)} into ${location.installRoot}.`
      )
    }
    throw error
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true, maxRetries: 5 })
  }
}

interface Unpacked {
  download: Download
  extractor: string
  /** Time the extractor needed (for a streamed install: only its tail after the last byte). */
  extractMs: number
  /** The part of `download.ms` that was the extractor's, not the network's. */
  extractTailMs: number
}

/** 404 on a listed file means an incomplete mirror; on a guessed name, a wrong version. */
function explain404(plan: DownloadPlan) {
  return (error: unknown): never => {
    if (error instanceof HttpStatusError && error.status === 404) {
      throw new UserError(
        plan.sha256 || plan.unverifiable?.startsWith('the listing')
          ? `The listing names ${plan.fileName} but ${error.url} answers HTTP 404: the mirror is incomplete.`
          : `Go ${semverToGo(plan.version)} for ${plan.platform} is not at ${error.url} (HTTP 404): check go-version and go-download-base-url.`
      )
    }
    throw error
  }
}

function checkDigest(plan: DownloadPlan, download: Download): void {
  if (plan.sha256 && download.sha256 !== plan.sha256) {
    throw new UserError(
      `sha256 mismatch for ${plan.url}: expected ${plan.sha256}, got ${download.sha256}. Nothing was kept and nothing was cached.`
    )
  }
}

/**
 * tar.gz: hashed and unpacked into `staging` as it arrives. The tree is used only after the
 * whole file's digest matched; otherwise the caller deletes `staging`.
 */
async function streamInstall(
  plan: DownloadPlan,
  staging: string,
  token: string,
  platform: NodeJS.Platform,
  network: NetworkOptions
): Promise<Unpacked> {
  const download = await downloadInto(plan, token, network, tarGzSink(staging))
  checkDigest(plan, download)
  if (download.sinkError !== undefined) {
    throw new UserError(
      `Cannot extract ${plan.fileName} from ${plan.url} (${TAR_GZ_STREAM}): ${errorMessage(download.sinkError)}`
    )
  }
  if (!holdsGo(staging, platform)) {
    throw new UserError(
      `${plan.fileName} from ${plan.url} has no go/bin/go${platform === 'win32' ? '.exe' : ''}: it is not a Go distribution archive.`
    )
  }
  return {
    download,
    extractor: TAR_GZ_STREAM,
    extractMs: download.sinkTailMs,
    extractTailMs: download.sinkTailMs
  }
}

function downloadInto(
  plan: DownloadPlan,
  token: string,
  network: NetworkOptions,
  sink: BodySink
): Promise<Download> {
  return download(plan.url, token, network, plan.size, sink).catch(explain404(plan))
}

/** zip: needs random access, so it is downloaded whole, verified, then extracted. */
async function downloadThenExtract(
  plan: DownloadPlan,
  staging: string,
  token: string,
  ctx: RunContext,
  network: NetworkOptions
): Promise<Unpacked> {
  const downloads = join(ctx.runnerTemp, 'go-win-preflight', 'downloads')
  const archive = join(downloads, `${randomUUID()}-${plan.fileName}`)
  try {
    mkdirSync(downloads, { recursive: true })
    const download = await downloadInto(plan, token, network, fileSink(archive))
    if (download.sinkError !== undefined) {
      throw new UserError(`Cannot write ${archive}: ${errorMessage(download.sinkError)}`)
    }
    checkDigest(plan, download)
    const extraction = await extractArchive(archive, staging, ctx.platform, ctx.env)
    if (extraction.failed.length > 0) core.info(`Extraction: ${extraction.failed.join('; ')}`)
    return {
      download,
      extractor: extraction.extractor,
      extractMs: extraction.ms,
      extractTailMs: 0
    }
  } finally {
    rmSync(archive, { force: true })
  }
}

function unknownVersion(
  spec: VersionSpec,
  target: GoTarget,
  baseUrl: string,
  candidates: ReturnType<typeof candidatesOf>
): UserError {
  const { near, newest } = nearestVersions(spec, candidates)
  const nearText = near.length > 0 ? `nearest available: ${near.map(semverToGo).join(', ')}; ` : ''
  const newestText = newest
    ? `newest stable: ${semverToGo(newest)}`
    : 'the listing has no stable release for it'
  return new UserError(
    `Go ${spec.text} is not available for ${target.os}/${target.arch} at ${baseUrl}: ${nearText}${newestText}.`
  )
}

/** No version asked: report the Go on PATH, change nothing but the problem matcher. */
async function useGoOnPath(
  workingDirectory: string,
  ctx: RunContext,
  started: number
): Promise<GoSetup> {
  const delimiter = ctx.platform === 'win32' ? ';' : ':'
  const path = (ctx.env.PATH ?? ctx.env.Path ?? '').split(delimiter).filter(Boolean)
  const goBinary = whichOnPath('go', path, ctx.platform, ctx.env.PATHEXT)
  const skipped = (summary: string): GoSetup => ({
    checks: [
      {
        id: 'go-install',
        title: 'Go toolchain',
        status: 'skipped',
        summary,
        findings: [],
        details: {
          source: 'none',
          checksum: 'not-applicable',
          cacheHit: false,
          timingsMs: {}
        } satisfies GoInstallDetails
      },
      { id: 'go-env', title: 'Go environment', status: 'skipped', summary, findings: [] }
    ]
  })
  if (!goBinary) return skipped(NO_GO)
  let goEnvRun: GoEnvRun
  try {
    goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env)
  } catch (error) {
    const result = skipped(`the go on PATH (${goBinary}) does not run: ${(error as Error).message}`)
    result.checks[0].status = 'unknown'
    result.checks[1].status = 'unknown'
    return result
  }
  registerProblemMatcher(ctx.runnerTemp)
  const goRoot = goEnvRun.goEnv.GOROOT ?? ''
  const version = goEnvRun.goEnv.GOVERSION ?? 'unknown'
  const details: GoInstallDetails = {
    source: 'path',
    checksum: 'not-applicable',
    cacheHit: false,
    goRoot,
    goVersion: version,
    timingsMs: {}
  }
  const facts = gatherFacts({
    platform: ctx.platform,
    goBinary,
    goRoot,
    goEnvRun,
    env: ctx.env,
    addedPath: [],
    workingDirectory
  })
  return {
    toolchain: { goBinary, goRoot, version, source: 'path' },
    goEnv: goEnvRun.goEnv,
    checks: [
      {
        id: 'go-install',
        title: 'Go toolchain',
        status: 'pass',
        summary: `No go-version given: using ${version} found on PATH (${goBinary})`,
        findings: [],
        details,
        durationMs: Math.round(performance.now() - started)
      },
      evaluateGoEnvironment(facts)
    ]
  }
}
