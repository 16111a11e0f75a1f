// Built embedded programs are kept in the tool cache: the key, the atomic placement, and real
// runs with Debian's Go 1.19 proving a warm run builds nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunContext } from '../../src/context.js'
import {
  EmbeddedProgramFailed,
  parseGoHost,
  runEmbeddedGoProgram,
  type EmbeddedGoProgram
} from '../../src/go-programs/embedded-program.js'
import {
  PROGRAM_CACHE_TOOL,
  cachedBuild,
  cachedProgramDir,
  type GoHost
} from '../../src/go-programs/program-cache.js'
import type { GoToolchain } from '../../src/go/types.js'
import { DEBIAN_GO, debianGoSuite } from '../helpers/gates.js'

const GO_BINARY = DEBIAN_GO
const { describe: describeWithGo } = debianGoSuite('the real go-programs cache runs')

const host: GoHost = { goVersion: 'go1.19.8', goos: 'linux', goarch: 'amd64' }
const source = { goMod: 'module x\n\ngo 1.19\n', source: 'package main\n\nfunc main() {}\n' }

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gwp-programs-test-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the cache key', () => {
  it('changes with the Go version, the host platform, go.mod and the source', () => {
    const dir = cachedProgramDir('/tc', 'probe', host, source)
    expect(dir.startsWith(join('/tc', PROGRAM_CACHE_TOOL, 'probe', 'go1.19.8-linux-amd64-'))).toBe(
      true
    )
    const others = [
      cachedProgramDir('/tc', 'probe', { ...host, goVersion: 'go1.22.1' }, source),
      cachedProgramDir('/tc', 'probe', { ...host, goos: 'windows' }, source),
      cachedProgramDir('/tc', 'probe', { ...host, goarch: 'arm64' }, source),
      cachedProgramDir('/tc', 'probe', host, { ...source, goMod: 'module y\n\ngo 1.19\n' }),
      cachedProgramDir('/tc', 'probe', host, { ...source, source: source.source + '// x\n' }),
      cachedProgramDir('/tc', 'analyzer', host, source)
    ]
    expect(new Set([dir, ...others]).size).toBe(others.length + 1)
    expect(cachedProgramDir('/tc', 'probe', { ...host }, { ...source })).toBe(dir)
  })

  it('reads go env GOVERSION GOHOSTOS GOHOSTARCH and refuses anything else', () => {
    expect(parseGoHost('go1.19.8\nlinux\namd64\n')).toEqual(host)
    expect(parseGoHost('go1.22.1\r\nwindows\r\narm64\r\n')).toEqual({
      goVersion: 'go1.22.1',
      goos: 'windows',
      goarch: 'arm64'
    })
    expect(parseGoHost('go1.19.8\nlinux\n')).toBeUndefined()
    expect(parseGoHost('')).toBeUndefined()
    expect(parseGoHost('go1.19.8\n../x\namd64')).toBeUndefined()
  })
})

describe('cachedBuild', () => {
  it('places a program only once its build succeeded, and never uses a half-built one', async () => {
    const dir = join(scratch, 'atomic', 'program', 'key')
    await expect(
      cachedBuild(dir, 'bin', async staging => {
        writeFileSync(join(staging, 'bin'), 'half')
        throw new EmbeddedProgramFailed('go build failed')
      })
    ).rejects.toThrow('go build failed')
    expect(existsSync(dir)).toBe(false)
    expect(readdirSync(join(scratch, 'atomic', 'program'))).toEqual([])

    let builds = 0
    const build = async (staging: string) => {
      builds++
      writeFileSync(join(staging, 'bin'), 'whole')
    }
    expect(await cachedBuild(dir, 'bin', build)).toBe(join(dir, 'bin'))
    expect(await cachedBuild(dir, 'bin', build)).toBe(join(dir, 'bin'))
    expect(builds).toBe(1)
    expect(readFileSync(join(dir, 'bin'), 'utf8')).toBe('whole')
    expect(readdirSync(join(scratch, 'atomic', 'program'))).toEqual(['key'])
  })

  it('uses the program another run placed while this one was building', async () => {
    const dir = join(scratch, 'race', 'program', 'key')
    const binary = await cachedBuild(dir, 'bin', async staging => {
      writeFileSync(join(staging, 'bin'), 'ours')
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'bin'), 'theirs')
      writeFileSync(join(dir, 'other'), 'makes the folder non-empty')
    })
    expect(readFileSync(binary, 'utf8')).toBe('theirs')
    expect(readdirSync(join(scratch, 'race', 'program'))).toEqual(['key'])
  })
})

describeWithGo('runEmbeddedGoProgram with Go 1.19 for real', () => {
  const program: EmbeddedGoProgram = {
    name: 'platform printer',
    goMod: 'module gowinpreflight/platformprinter\n\ngo 1.19\n',
    source: [
      'package main',
      '',
      'import (',
      '\t"fmt"',
      '\t"runtime"',
      ')',
      '',
      'func main() { fmt.Print(runtime.GOOS + "/" + runtime.GOARCH) }',
      ''
    ].join('\n'),
    buildTimeoutMs: 180_000,
    runTimeoutMs: 30_000
  }
  let runnerTemp: string
  let toolCache: string
  let buildLog: string
  let go: GoToolchain
  let ctx: RunContext

  beforeAll(() => {
    runnerTemp = join(scratch, 'run', 'temp')
    toolCache = join(scratch, 'run', 'tool-cache')
    mkdirSync(runnerTemp, { recursive: true })
    // A go that logs every `go build` before running Debian's: the count of builds.
    buildLog = join(scratch, 'run', 'builds.log')
    const wrapper = join(scratch, 'run', 'go')
    writeFileSync(
      wrapper,
      `#!/bin/sh\n[ "$1" = build ] && echo build >> '${buildLog}'\nexec ${GO_BINARY} "$@"\n`
    )
    chmodSync(wrapper, 0o755)
    go = { goBinary: wrapper, goRoot: '/usr/lib/go-1.19', version: 'go1.19', source: 'path' }
    // The job cross-compiles, in its environment and in its go env file: the program is still
    // built for this machine.
    const goEnvFile = join(scratch, 'run', 'goenv')
    writeFileSync(goEnvFile, 'GOOS=windows\nGOARCH=arm64\n')
    ctx = {
      platform: process.platform,
      arch: process.arch,
      runnerTemp,
      toolCache,
      workspace: runnerTemp,
      env: {
        ...process.env,
        GOOS: 'plan9',
        GOARCH: 'arm',
        GOENV: goEnvFile,
        GOCACHE: join(scratch, 'run', 'gocache')
      }
    }
  })
  const builds = () =>
    existsSync(buildLog) ? readFileSync(buildLog, 'utf8').split('\n').length - 1 : 0
  const expected = `${process.platform}/${process.arch === 'x64' ? 'amd64' : process.arch}`

  it('builds for the runner once; a warm run builds nothing and runs the same binary', async () => {
    expect(await runEmbeddedGoProgram(go, program, ctx)).toBe(expected)
    expect(builds()).toBe(1)
    const [dir] = readdirSync(join(toolCache, PROGRAM_CACHE_TOOL, 'platform-printer'))
    expect(dir).toMatch(/^go1\.19(\.\d+)?-linux-amd64-[0-9a-f]{16}$/)
    const binary = join(toolCache, PROGRAM_CACHE_TOOL, 'platform-printer', dir, 'platform-printer')
    const before = statSync(binary)

    expect(await runEmbeddedGoProgram(go, program, ctx)).toBe(expected)
    expect(builds()).toBe(1)
    const after = statSync(binary)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    expect(readdirSync(runnerTemp)).toEqual([])
  })

  it('rebuilds when the source changes, keeping the old build beside it', async () => {
    const changed = { ...program, source: program.source + '\n// changed\n' }
    expect(await runEmbeddedGoProgram(go, changed, ctx)).toBe(expected)
    expect(builds()).toBe(2)
    expect(readdirSync(join(toolCache, PROGRAM_CACHE_TOOL, 'platform-printer'))).toHaveLength(2)
  })

  it('rebuilds for another Go version', async () => {
    // The same Debian Go, reporting another GOVERSION: only the key changes.
    const other = join(scratch, 'run', 'go-other-version')
    writeFileSync(
      other,
      `#!/bin/sh\nif [ "$1" = env ]; then printf 'go1.19.99\\n%s\\n%s\\n' "$(${GO_BINARY} env GOHOSTOS)" "$(${GO_BINARY} env GOHOSTARCH)"; exit 0; fi\nexec '${go.goBinary}' "$@"\n`
    )
    chmodSync(other, 0o755)
    expect(await runEmbeddedGoProgram({ ...go, goBinary: other }, program, ctx)).toBe(expected)
    expect(builds()).toBe(3)
    const dirs = readdirSync(join(toolCache, PROGRAM_CACHE_TOOL, 'platform-printer'))
    expect(dirs.filter(dir => dir.startsWith('go1.19.99-'))).toHaveLength(1)
  })

  it('a failed build caches nothing and says why', async () => {
    const broken = { ...program, name: 'broken program', source: 'package main\n\nfunc main() {\n' }
    await expect(runEmbeddedGoProgram(go, broken, ctx)).rejects.toThrow(
      /^go build of the broken program \(go1\.19\) exited with \d+: .*syntax error/
    )
    expect(readdirSync(join(toolCache, PROGRAM_CACHE_TOOL, 'broken-program'))).toEqual([])
    expect(readdirSync(runnerTemp)).toEqual([])
  })
})
