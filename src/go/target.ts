// Which Go build this runner needs, in go.dev's names, and how the tool cache names it.
import { UserError } from '../errors.js'

export interface GoTarget {
  /** go.dev's `os` field: `windows`, `linux`, `darwin`. */
  os: string
  /** go.dev's `arch` field: `amd64`, `arm64`, `386`, `armv6l`, ... */
  arch: string
  /** The tool-cache folder for this arch, in Node's names as setup-go and the hosted images use (`x64`). */
  cacheArch: string
  extension: 'zip' | 'tar.gz'
}

const GO_ARCH: Record<string, string> = {
  x64: 'amd64',
  amd64: 'amd64',
  x86: '386',
  // setup-go's name for 32-bit x86.
  x32: '386',
  ia32: '386',
  '386': '386',
  arm64: 'arm64',
  arm: 'armv6l',
  armv6l: 'armv6l',
  ppc64: 'ppc64',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64'
}

const CACHE_ARCH: Record<string, string> = { amd64: 'x64', '386': 'x86', armv6l: 'arm' }

const GO_OS: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'windows',
  linux: 'linux',
  darwin: 'darwin',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  aix: 'aix'
}

/** `architecture` input (or the runner's arch when empty) and platform → the Go build wanted. */
export function goTarget(
  platform: NodeJS.Platform,
  runnerArch: string,
  architectureInput: string
): GoTarget {
  const requested = architectureInput || runnerArch
  const arch = GO_ARCH[requested.toLowerCase()]
  if (!arch)
    throw new UserError(
      `Architecture ${JSON.stringify(requested)} has no Go build: expected x64, x86 (x32), arm64 or arm.`
    )
  const os = GO_OS[platform]
  if (!os) throw new UserError(`Platform ${platform} has no Go build on go.dev.`)
  return {
    os,
    arch,
    cacheArch: CACHE_ARCH[arch] ?? arch,
    extension: os === 'windows' ? 'zip' : 'tar.gz'
  }
}

/** go.dev's file name for a version (without the `go` prefix, go.dev spelling). */
export function archiveName(goVersion: string, target: GoTarget): string {
  return `go${goVersion}.${target.os}-${target.arch}.${target.extension}`
}
