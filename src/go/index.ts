// Installs the Go the tests will use (or finds the one on PATH), then checks its environment.
// The decisions are pure (plan.ts, environment.ts, results.ts); this file gathers their facts,
// hands the plan to its effects (install.ts, probe.ts, runner.ts) and assembles the report.
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import type { RunContext } from '../context.js'
import { UserError } from '../errors.js'
import type { GoInputs } from '../inputs.js'
import type { CheckResult, Finding } from '../report/types.js'
import type { GoInstallDetails } from './details.js'
import { cachedGo, goBinaryIn, hostedWindowsInstallRoot, toolName } from './cache.js'
import { DEFAULT_NETWORK, type NetworkOptions } from './download.js'
import { evaluateGoEnvironment, type GoEnvRun } from './environment.js'
import { carryOut } from './install.js'
import { DEFAULT_BASE_URL, loadListing } from './listing.js'
import {
  cachedDetails,
  downloadedDetails,
  goExports,
  planFromCache,
  planWithListing,
  requestOf,
  type InstallFacts,
  type Request
} from './plan.js'
import { gatherFacts, readGoEnv } from './probe.js'
import { pathEntries, whichOnPath } from '../process.js'
import { NO_GO, installCheck, pathCheck, withoutGo } from './results.js'
import { exportGoEnvironment, registerProblemMatcher } from './runner.js'
import { goTarget } from './target.js'
import type { GoToolchain } from './types.js'
import { readVersionFile } from './version-file.js'
import { semverToGo } from './version-spec.js'

export interface GoSetup {
  toolchain?: GoToolchain
  checks: CheckResult[]
  goEnv?: Record<string, string>
}

export async function setupGo(
  inputs: GoInputs,
  workingDirectory: string,
  ctx: RunContext,
  network: NetworkOptions = DEFAULT_NETWORK
): Promise<GoSetup> {
  const started = performance.now()
  // go-version wins over go-version-file, which is then not read at all.
  const fromFile =
    !inputs.version && inputs.versionFile
      ? readVersionFile(inputs.versionFile, ctx.workspace, { GOTOOLCHAIN: ctx.env.GOTOOLCHAIN })
      : undefined
  const request = requestOf(inputs, fromFile)
  if (!request) return useGoOnPath(workingDirectory, ctx, started)

  const installed = await install(request, inputs, ctx, network)
  const goBinary = goBinaryIn(installed.goRoot, ctx.platform)
  const goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env)
  const exports = goExports(installed.goRoot, goEnvRun.goEnv, ctx.platform)
  exportGoEnvironment(exports)
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
    addedPath: exports.path,
    workingDirectory
  })
  return {
    toolchain,
    goEnv: goEnvRun.goEnv,
    checks: [installCheck(details, installed.findings, started), evaluateGoEnvironment(facts)]
  }
}

interface Installed {
  goRoot: string
  details: GoInstallDetails
  findings: Finding[]
}

/** Gathers what the plan needs, reads the listing only when the tool cache cannot decide. */
async function install(
  request: Request,
  inputs: GoInputs,
  ctx: RunContext,
  network: NetworkOptions
): Promise<Installed> {
  const begun = performance.now()
  const target = goTarget(ctx.platform, ctx.arch, inputs.architecture)
  const baseUrl = inputs.downloadBaseUrl || DEFAULT_BASE_URL
  const tool = toolName(baseUrl)
  const facts: InstallFacts = {
    request,
    checkLatest: inputs.checkLatest,
    requireChecksum: inputs.requireChecksum,
    target,
    baseUrl,
    tool,
    cached: cachedGo(ctx.toolCache, tool, target.cacheArch),
    toolCache: ctx.toolCache,
    runnerTemp: ctx.runnerTemp,
    hostedWindowsRoot: hostedWindowsInstallRoot(ctx.platform, ctx.toolCache, ctx.env, existsSync)
  }
  const plan =
    planFromCache(facts) ??
    planWithListing(
      facts,
      await loadListing(baseUrl, ctx.runnerTemp, inputs.token, network).catch((error: unknown) => {
        if (error instanceof UserError) return error
        throw error
      })
    )
  if (plan.kind === 'use-cache') {
    core.info(`Go ${semverToGo(plan.version)} found in the tool cache: ${plan.dir}`)
    return {
      goRoot: plan.dir,
      findings: plan.findings,
      details: cachedDetails(request, plan.version, performance.now() - begun)
    }
  }
  const resolveMs = performance.now() - begun
  core.info(`Downloading Go ${semverToGo(plan.download.version)} from ${plan.download.url}`)
  const { goRoot, unpacked } = await carryOut(plan, inputs.token, ctx.platform, ctx.env, network)
  return {
    goRoot,
    findings: plan.findings,
    details: downloadedDetails(request, plan.download, unpacked, resolveMs)
  }
}

/** No version asked: report the Go on PATH, change nothing but the problem matcher. */
async function useGoOnPath(
  workingDirectory: string,
  ctx: RunContext,
  started: number
): Promise<GoSetup> {
  const path = pathEntries(ctx.env, ctx.platform)
  const goBinary = whichOnPath('go', path, ctx.platform, ctx.env.PATHEXT)
  if (!goBinary) return { checks: withoutGo('skipped', NO_GO, started) }
  let goEnvRun: GoEnvRun
  try {
    goEnvRun = await readGoEnv(goBinary, workingDirectory, ctx.runnerTemp, ctx.env)
  } catch (error) {
    return {
      checks: withoutGo(
        'unknown',
        `the go on PATH (${goBinary}) does not run: ${(error as Error).message}`,
        started
      )
    }
  }
  registerProblemMatcher(ctx.runnerTemp)
  const goRoot = goEnvRun.goEnv.GOROOT ?? ''
  const version = goEnvRun.goEnv.GOVERSION ?? 'unknown'
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
    checks: [pathCheck(goBinary, goRoot, version, started), evaluateGoEnvironment(facts)]
  }
}
