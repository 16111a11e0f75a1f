// Carries out a download plan: staging folder, download (streamed into the extractor for tar.gz,
// to a file then extracted for zip), digest check, commit into the cache. What to do was decided
// in plan.ts; what went wrong is put in the user's words by failures.ts.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { commitToCache, createStaging } from './cache.js'
import { download, fileSink, type Download, type NetworkOptions } from './download.js'
import { extractArchive, holdsGo, tarGzStream } from './extract.js'
import {
  cannotExtract,
  cannotWrite,
  digestMismatch,
  notGoArchive,
  translateInstallError
} from './failures.js'
import type { DownloadPlan, DownloadStep, Unpacked } from './plan.js'

export interface Installation {
  goRoot: string
  unpacked: Unpacked
}

export async function carryOut(
  step: DownloadStep,
  token: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  network: NetworkOptions
): Promise<Installation> {
  const plan = step.download
  let staging: string | undefined
  try {
    staging = createStaging(step.location, step.tool)
    const unpacked =
      step.unpacking.kind === 'stream'
        ? await streamInstall(plan, staging, token, platform, env, network)
        : await downloadThenExtract(
            plan,
            step.unpacking.downloads,
            staging,
            token,
            platform,
            env,
            network
          )
    const cacheBegun = performance.now()
    const goRoot = await commitToCache(
      join(staging, 'go'),
      step.location,
      step.tool,
      plan.version,
      step.cacheArch
    )
    return { goRoot, unpacked: { ...unpacked, cacheMs: performance.now() - cacheBegun } }
  } catch (error) {
    throw translateInstallError(error, plan, step.location.installRoot)
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true, maxRetries: 5 })
  }
}

type Unpacking = Omit<Unpacked, 'cacheMs'>

function checkDigest(plan: DownloadPlan, got: Download): void {
  if (plan.sha256 && got.sha256 !== plan.sha256) throw digestMismatch(plan, got.sha256)
}

/** tar.gz: the tree in `staging` is used only after the whole file's digest matched. */
async function streamInstall(
  plan: DownloadPlan,
  staging: string,
  token: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  network: NetworkOptions
): Promise<Unpacking> {
  const unpacker = tarGzStream(staging, platform, env)
  const got = await download(plan.url, token, network, plan.size, unpacker.sink)
  checkDigest(plan, got)
  if (got.sinkError !== undefined) throw cannotExtract(plan, unpacker.name, got.sinkError)
  if (!holdsGo(staging, platform)) throw notGoArchive(plan, platform)
  return {
    download: got,
    extractor: unpacker.name,
    extractMs: got.sinkTailMs,
    extractTailMs: got.sinkTailMs
  }
}

/** zip: downloaded whole, verified, then extracted. */
async function downloadThenExtract(
  plan: DownloadPlan,
  downloads: string,
  staging: string,
  token: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  network: NetworkOptions
): Promise<Unpacking> {
  const archive = join(downloads, `${randomUUID()}-${plan.fileName}`)
  try {
    mkdirSync(downloads, { recursive: true })
    const got = await download(plan.url, token, network, plan.size, fileSink(archive))
    if (got.sinkError !== undefined) throw cannotWrite(archive, got.sinkError)
    checkDigest(plan, got)
    const extraction = await extractArchive(archive, staging, platform, env)
    if (extraction.failed.length > 0) core.info(`Extraction: ${extraction.failed.join('; ')}`)
    return {
      download: got,
      extractor: extraction.extractor,
      extractMs: extraction.ms,
      extractTailMs: 0
    }
  } finally {
    rmSync(archive, { force: true })
  }
}
