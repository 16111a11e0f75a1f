// Installs the Go the tests will use (or finds the one on PATH), then checks its environment.
// Each step lives in its own module; this file only orders them and assembles the report.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { RunContext } from '../context.js'
import { UserError } from '../errors.js'
import type { GoInputs } from '../inputs.js'
import type { CheckResult, Finding, GoInstallDetails } from '../report/types.js'
import {
  commitToCache,
  createStaging,
  findCached,
  goBinaryIn,
  hostedWindowsInstallRoot,
  toolName,
  type CacheLocation
} from './cache.js'
import { DEFAULT_NETWORK, HttpStatusError, downloadFile, type NetworkOptions } from './download.js'
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
import { extractArchive } from './extract.js'
import { DEFAULT_BASE_URL, archivesFor, candidatesOf, loadListing } from './listing.js'
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
): CheckResult<GoInstallDetails> {
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
  const cacheHit = (version: string, dir: string): Installed => {
    core.info(`Go ${semverToGo(version)} found in the tool cache: ${dir}`)
    return {
      goRoot: dir,
      findings: request.findings,
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

  const listing = await loadListing(baseUrl, ctx.runnerTemp, inputs.token, network)
  let version: string
  let fileName: string
  let sha256: string | undefined
  let size: number | undefined
  const findings = [...request.findings]
  if (listing.releases) {
    const archives = archivesFor(listing.releases, target)
    const selected = selectVersion(spec, candidatesOf(archives))
    if (!selected) throw unknownVersion(spec, target, baseUrl, candidatesOf(archives))
    const { file } = archives.get(selected)!
    version = selected
    fileName = file.filename
    sha256 = file.sha256
    size = file.size
  } else {
    if (spec.kind !== 'exact') {
      throw new UserError(
        `${listing.url} has no Go listing (${listing.reason}), so go-version ${spec.text} cannot be resolved: give an exact version such as 1.22.5.`
      )
    }
    version = spec.semver
    fileName = archiveName(semverToGo(version), target)
  }
  const exact = parseVersionSpec(version)
  const hit = findCached(ctx.toolCache, tool, target.cacheArch, exact)
  if (hit) return cacheHit(hit.version, hit.dir)

  const url = `${baseUrl}/${fileName}`
  if (!sha256) {
    const why = listing.releases
      ? `the listing at ${listing.url} gives no sha256 for ${fileName}`
      : `${listing.url} has no Go listing (${listing.reason})`
    if (inputs.requireChecksum)
      throw new UserError(
        `require-checksum is true but ${why}: the download of ${url} cannot be verified.`
      )
    findings.push({
      id: 'go-install.checksum-unverified',
      severity: 'warning',
      title: 'Go was installed without checking its sha256',
      message: `${why}, so ${fileName} was installed unverified, for this job only (not in the tool cache).`,
      remedy:
        'Use a mirror that serves `?mode=json&include=all` like go.dev, or fail instead:\nwith:\n  require-checksum: true',
      remedyLanguage: 'yaml'
    })
  }
  const resolveMs = Math.round(performance.now() - begun)
  core.info(`Downloading Go ${semverToGo(version)} from ${url}`)

  // Only verified toolchains enter the tool cache, which outlives the job on self-hosted
  // runners; an unverified one lives under RUNNER_TEMP and is gone when the job ends.
  const unverifiedRoot = join(ctx.runnerTemp, 'go-win-preflight', 'unverified')
  const location: CacheLocation = sha256
    ? {
        installRoot:
          hostedWindowsInstallRoot(ctx.platform, ctx.toolCache, ctx.env, existsSync) ??
          ctx.toolCache,
        defaultRoot: ctx.toolCache
      }
    : { installRoot: unverifiedRoot, defaultRoot: unverifiedRoot }
  const downloads = join(ctx.runnerTemp, 'go-win-preflight', 'downloads')
  const archive = join(downloads, `${randomUUID()}-${fileName}`)
  let staging: string | undefined
  try {
    mkdirSync(downloads, { recursive: true })
    const download = await downloadFile(url, archive, inputs.token, network, size).catch(error => {
      if (error instanceof HttpStatusError && error.status === 404) {
        throw new UserError(
          listing.releases
            ? `The listing names ${fileName} but ${error.url} answers HTTP 404: the mirror is incomplete.`
            : `Go ${semverToGo(version)} for ${target.os}/${target.arch} is not at ${error.url} (HTTP 404): check go-version and go-download-base-url.`
        )
      }
      throw error
    })
    const verifyBegun = performance.now()
    if (sha256 && download.sha256 !== sha256) {
      throw new UserError(
        `sha256 mismatch for ${url}: expected ${sha256}, got ${download.sha256}. The file was deleted and nothing was cached.`
      )
    }
    const verifyMs = download.hashMs + (performance.now() - verifyBegun)

    staging = createStaging(location, tool)
    const extraction = await extractArchive(archive, staging, ctx.platform, ctx.env)
    rmSync(archive, { force: true })
    if (!existsSync(goBinaryIn(join(staging, 'go'), ctx.platform))) {
      throw new UserError(
        `${fileName} from ${url} has no go/bin/go${ctx.platform === 'win32' ? '.exe' : ''}: it is not a Go distribution archive.`
      )
    }
    const cacheBegun = performance.now()
    const goRoot = await commitToCache(
      join(staging, 'go'),
      location,
      tool,
      version,
      target.cacheArch
    )
    const cacheMs = performance.now() - cacheBegun
    return {
      goRoot,
      findings,
      details: {
        requested: request.described,
        resolvedVersion: semverToGo(version),
        source: 'download',
        url: download.finalUrl === url ? url : `${url} (served by ${download.finalUrl})`,
        sha256: download.sha256,
        checksum: sha256 ? 'verified' : 'unverified',
        bytes: download.bytes,
        cacheHit: false,
        extractor: extraction.extractor,
        timingsMs: {
          resolve: resolveMs,
          download: Math.round(download.ms - download.hashMs),
          verify: Math.round(verifyMs),
          extract: Math.round(extraction.ms),
          cache: Math.round(cacheMs)
        }
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new UserError(
        `No space left on device while installing Go ${semverToGo(version)} into ${location.installRoot}.`
      )
    }
    throw error
  } finally {
    rmSync(archive, { force: true })
    if (staging) rmSync(staging, { recursive: true, force: true })
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
