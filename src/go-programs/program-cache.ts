// Where a built embedded program is kept between runs: in the runner's tool cache, one folder per
// program, Go version, host platform and source. A folder exists only once its build succeeded:
// the build writes into a staging folder beside it, which is then renamed into place.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'

/** The toolchain facts a built program depends on, from `go env` with the helper build env. */
export interface GoHost {
  /** `go env GOVERSION`, e.g. `go1.19.8`. */
  goVersion: string
  /** GOHOSTOS / GOHOSTARCH: the platform the program is built for, the runner's. */
  goos: string
  goarch: string
}

export interface ProgramSource {
  goMod: string
  source: string
}

/** The cache root under the tool cache; named like a tool so it sits beside `go/`. */
export const PROGRAM_CACHE_TOOL = 'go-win-preflight-programs'

/** Pure: 16 hex digits of sha256 over go.mod and main.go, enough to tell sources apart. */
export function sourceHash(program: ProgramSource): string {
  return createHash('sha256')
    .update(program.goMod)
    .update('\0')
    .update(program.source)
    .digest('hex')
    .slice(0, 16)
}

/** Pure: the folder a program built from `program` by `host` lives in. */
export function cachedProgramDir(
  toolCache: string,
  slug: string,
  host: GoHost,
  program: ProgramSource
): string {
  const key = `${host.goVersion}-${host.goos}-${host.goarch}-${sourceHash(program)}`
  return join(toolCache, PROGRAM_CACHE_TOOL, slug, key.replace(/[^\w.-]/g, '_'))
}

/**
 * The program's binary in `dir`, built by `build(stagingDir)` when absent. `build` writes the
 * binary named `binaryName` into the staging folder or throws; a failed build leaves nothing.
 */
export async function cachedBuild(
  dir: string,
  binaryName: string,
  build: (stagingDir: string) => Promise<void>
): Promise<string> {
  const binary = join(dir, binaryName)
  if (existsSync(binary)) return binary
  const parent = join(dir, '..')
  await mkdir(parent, { recursive: true })
  // Beside the final folder, so the rename never crosses a file system.
  const staging = await mkdtemp(join(parent, '.staging-'))
  try {
    await build(staging)
    try {
      await rename(staging, dir)
    } catch (error) {
      // Another run placed the same program first: theirs is as good as ours.
      if (!existsSync(binary)) throw error
    }
    return binary
  } finally {
    await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(
      () => undefined
    )
  }
}
