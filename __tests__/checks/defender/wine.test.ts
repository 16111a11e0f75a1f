// The Defender check for real on Windows Node under Wine: GetLongPathNameW through the bundled
// win32 koffi, and Wine's stub powershell.exe (it prints nothing), which must end the check as
// `unknown` with the reason, within its timeout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileForWine, runUnderWine } from '../../helpers/wine-harness.js'
import { wineSuite } from '../../helpers/gates.js'

const { describe: describeWine } = wineSuite('the Defender check')

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
    const build = join(work, 'build')
    // @actions/core (saveState, debug) resolves from the repository's node_modules.
    compileForWine(build, ['src/checks/defender/index.ts', 'src/context.ts'], {
      linkNodeModules: true
    })
    writeFileSync(join(build, 'probe.mjs'), probeScript)

    const run = runUnderWine(join(build, 'probe.mjs'), [], { cwd: build, timeoutMs: 150_000 })
    expect({ status: run.status, stderr: run.stderr.slice(0, 500) }).toEqual({
      status: 0,
      stderr: expect.any(String)
    })
    const output = JSON.parse(run.stdout.trim().split(/\r?\n/).pop()!)

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
