#!/usr/bin/env node
// A real Windows Go toolchain for the Wine tests, from Debian's golang-1.19 only (no download):
// cross-compiles the standard library and every command of cmd/ for windows/amd64 and packs the
// tree as go.dev packs it, go1.19.8.windows-amd64.zip with a top-level go/. Built once and cached
// outside the repository; the zip appears only when complete (partial file, then rename).
// Usage: node scripts/build-windows-go.mjs   (prints the zip's path)
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync
} from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DEBIAN_GOROOT = '/usr/lib/go-1.19'
/** go.dev's release name; Debian's VERSION file says the same (checked below). */
export const WINDOWS_GO_VERSION = 'go1.19.8'
export const WINDOWS_GO_ZIP_NAME = `${WINDOWS_GO_VERSION}.windows-amd64.zip`
const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'go-win-preflight')
export const WINDOWS_GO_ZIP = join(cacheRoot, WINDOWS_GO_ZIP_NAME)

/** The commands go.dev ships in go/bin; every other command of cmd/ is a tool in pkg/tool. */
const BIN_COMMANDS = ['go.exe', 'gofmt.exe']

/** Why the toolchain cannot be built here, or undefined. */
export function windowsGoUnavailableReason() {
  if (!existsSync(join(DEBIAN_GOROOT, 'bin', 'go')))
    return `${DEBIAN_GOROOT}/bin/go is missing (apt-get install golang-1.19-go golang-1.19-src)`
  if (!existsSync(join(DEBIAN_GOROOT, 'src', 'cmd', 'go')))
    return `${DEBIAN_GOROOT}/src/cmd/go is missing (apt-get install golang-1.19-src)`
  try {
    execFileSync('zip', ['-v'], { stdio: 'ignore', timeout: 10_000 })
  } catch {
    return 'zip is not installed (apt-get install zip)'
  }
  return undefined
}

function run(file, args, options) {
  execFileSync(file, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options })
}

/** Builds the zip unless it is cached; returns its path. About 2-3 minutes on 2 cores. */
export function buildWindowsGo() {
  if (existsSync(WINDOWS_GO_ZIP)) return WINDOWS_GO_ZIP
  const missing = windowsGoUnavailableReason()
  if (missing) throw new Error(`cannot build the Windows Go toolchain: ${missing}`)
  const debianVersion = readFileSync(join(DEBIAN_GOROOT, 'VERSION'), 'utf8').split('\n')[0].trim()
  if (debianVersion !== WINDOWS_GO_VERSION)
    throw new Error(
      `${DEBIAN_GOROOT}/VERSION says ${debianVersion}, expected ${WINDOWS_GO_VERSION}: update WINDOWS_GO_VERSION`
    )
  mkdirSync(cacheRoot, { recursive: true })
  const work = mkdtempSync(join(cacheRoot, 'windows-go-build-'))
  try {
    const goroot = join(work, 'go')
    // A writable copy (go install std writes pkg/windows_amd64), Debian's symlinks to
    // /usr/share/go-1.19 dereferenced, as a real distribution has no links out of its tree.
    run('cp', ['-rL', DEBIAN_GOROOT, goroot], { timeout: 300_000 })
    const env = {
      ...process.env,
      GOROOT: goroot,
      GOOS: 'windows',
      GOARCH: 'amd64',
      CGO_ENABLED: '0',
      GOFLAGS: '',
      GOCACHE: join(work, 'gocache'),
      GOPATH: join(work, 'gopath'),
      GO111MODULE: '',
      GOBIN: ''
    }
    run(join(goroot, 'bin', 'go'), ['install', 'std', 'cmd'], { env, timeout: 900_000 })
    // Cross-compiled commands land in bin/windows_amd64: go.dev has go.exe and gofmt.exe in bin/
    // and nothing of the host.
    const crossBin = join(goroot, 'bin', 'windows_amd64')
    for (const command of BIN_COMMANDS) {
      if (!existsSync(join(crossBin, command))) throw new Error(`go install cmd made no ${command}`)
    }
    for (const name of readdirSync(join(goroot, 'bin'))) {
      if (name !== 'windows_amd64') rmSync(join(goroot, 'bin', name), { force: true })
    }
    for (const name of readdirSync(crossBin)) {
      const target = BIN_COMMANDS.includes(name)
        ? join(goroot, 'bin', name)
        : join(goroot, 'pkg', 'tool', 'windows_amd64', name)
      renameSync(join(crossBin, name), target)
    }
    rmSync(crossBin, { recursive: true })
    rmSync(join(goroot, 'pkg', 'tool', 'linux_amd64'), { recursive: true, force: true })
    rmSync(join(goroot, 'pkg', 'linux_amd64'), { recursive: true, force: true })
    for (const required of [
      'bin/go.exe',
      'pkg/tool/windows_amd64/compile.exe',
      'pkg/tool/windows_amd64/link.exe',
      'pkg/tool/windows_amd64/asm.exe',
      'pkg/tool/windows_amd64/vet.exe',
      'pkg/windows_amd64/runtime.a',
      'src/runtime/proc.go',
      'VERSION'
    ]) {
      if (!existsSync(join(goroot, required)))
        throw new Error(`the Windows toolchain has no go/${required}`)
    }
    const partial = join(work, WINDOWS_GO_ZIP_NAME)
    run('zip', ['-q', '-r', '-X', partial, 'go'], { cwd: work, timeout: 600_000 })
    renameSync(partial, WINDOWS_GO_ZIP)
    return WINDOWS_GO_ZIP
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(buildWindowsGo())
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  }
}
