// The Defender check for real on Windows Node under Wine: GetLongPathNameW through the bundled
// win32 koffi, and Wine's stub powershell.exe (it prints nothing), which must end the check as
// `unknown` with the reason, within its timeout.
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

interface WineHelpers {
  wineUnavailableReason(): string | undefined
  wineNodeCommand(script: string): { file: string; args: string[]; env: Record<string, string> }
  toWinePath(path: string): string
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const koffiBinary = join(repoRoot, 'dist', 'koffi', 'win32-x64', 'koffi.node')
const wine = (await import(
  pathToFileURL(join(repoRoot, 'scripts', 'lib', 'wine.mjs')).href
)) as WineHelpers
const missing =
  wine.wineUnavailableReason() ??
  (existsSync(koffiBinary) ? undefined : `${koffiBinary} is missing (run npm run build)`)
const inCI = process.env.CI === 'true'
if (missing && !inCI) console.log(`Skipping the Defender check under Wine: ${missing}`)
const describeWine = missing && !inCI ? describe.skip : describe

const TIMEOUT_MS = 20_000

// Wine mangles 8.3 names with a hash (not PROGRA~1): ask Windows for the short name first.
const probeScript = `
import { checkDefender } from './checks/defender/index.js'
import { windowsLongPathResolver } from './checks/defender/longpath.js'
import { readRunContext } from './context.js'
import { loadKoffi } from './native/koffi.js'
const getShortPathNameW = loadKoffi()
  .load('kernel32.dll')
  .func('uint32_t __stdcall GetShortPathNameW(str16 longPath, void *shortPath, uint32_t length)')
const buffer = Buffer.alloc(2048)
const units = getShortPathNameW('C:\\\\Program Files\\\\', buffer, 1024)
const short = buffer.toString('utf16le', 0, units * 2)
const resolve = windowsLongPathResolver()
const started = Date.now()
const result = await checkDefender(
  { paths: [{ label: 'Program Files', path: short }], exclusions: 'add', restore: true, timeoutMs: ${TIMEOUT_MS} },
  readRunContext()
)
console.log(JSON.stringify({
  short,
  long: resolve(short),
  absent: resolve('C:\\\\NO-SUCH~1\\\\x') ?? null,
  elapsedMs: Date.now() - started,
  result
}))
`

describeWine('Defender check under Wine', () => {
  let work: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'defender-wine-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  test('resolves 8.3 names natively; the stub PowerShell ends as unknown within the timeout', () => {
    expect(missing).toBeUndefined()
    const build = join(work, 'build')
    const tsc = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        '--ignoreConfig',
        ...['--outDir', build, '--rootDir', join(repoRoot, 'src'), '--module', 'NodeNext'],
        ...['--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck'],
        ...['--types', 'node'],
        join(repoRoot, 'src', 'checks', 'defender', 'index.ts'),
        join(repoRoot, 'src', 'context.ts')
      ],
      { encoding: 'utf8', timeout: 120_000 }
    )
    expect(tsc.stdout + tsc.stderr).toBe('')
    // loadKoffi() looks for koffi/<platform>-<arch>/koffi.node beside its own module first.
    mkdirSync(join(build, 'native', 'koffi', 'win32-x64'), { recursive: true })
    copyFileSync(koffiBinary, join(build, 'native', 'koffi', 'win32-x64', 'koffi.node'))
    // @actions/core (saveState, debug) resolves from the repository's node_modules.
    symlinkSync(join(repoRoot, 'node_modules'), join(build, 'node_modules'))
    writeFileSync(join(build, 'package.json'), '{"type":"module"}')
    writeFileSync(join(build, 'probe.mjs'), probeScript)

    const command = wine.wineNodeCommand(wine.toWinePath(join(build, 'probe.mjs')))
    // Windows Node under Wine fails with EBADF on pipes: output goes to files.
    const stdoutFile = join(work, 'stdout.txt')
    const out = openSync(stdoutFile, 'w')
    const err = openSync(join(work, 'stderr.txt'), 'w')
    const run = spawnSync(command.file, command.args, {
      cwd: build,
      env: { ...process.env, ...command.env },
      stdio: ['ignore', out, err],
      timeout: 150_000
    })
    closeSync(out)
    closeSync(err)
    const stderr = readFileSync(join(work, 'stderr.txt'), 'utf8')
    expect({ status: run.status, stderr: stderr.slice(0, 500) }).toEqual({
      status: 0,
      stderr: expect.any(String)
    })
    const output = JSON.parse(readFileSync(stdoutFile, 'utf8').trim().split(/\r?\n/).pop()!)

    expect(output.short).toMatch(/^C:\\[^\\ ]*~[^\\ ]*\\$/)
    expect(output.long).toBe('C:\\Program Files\\')
    expect(output.absent).toBeNull()
    expect(output.result.status).toBe('unknown')
    expect(output.result.summary).toMatch(
      /^Defender state could not be read: (powershell\.exe printed nothing|PowerShell was not found)/
    )
    expect(output.result.details.coverage).toEqual([
      { label: 'Program Files', path: output.short, coverage: 'unknown' }
    ])
    expect(output.elapsedMs).toBeLessThan(TIMEOUT_MS + 5_000)
  }, 180_000)
})
