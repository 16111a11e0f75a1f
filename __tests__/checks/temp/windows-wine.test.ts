// The Windows path of temp-dirs for real, on Windows Node under Wine: the DACL and the token read
// through koffi and evaluated, the probe running a copied hostname.exe, CreateProcessW telling the
// Win32 error that Node's spawn hides, and Go's fallback to the Windows directory.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ResultOf } from '../../../src/checks/catalogue.js'
import type { ProbeOutcome } from '../../../src/checks/temp/probe.js'
import { compileForWine, runUnderWine, toWinePath } from '../../helpers/wine-harness.js'
import { wineSuite } from '../../helpers/gates.js'

const { describe: describeWine } = wineSuite('temp-dirs on Windows Node')

const script = `
import { writeFileSync } from 'node:fs'
import { checkTempDirs } from './checks/temp/index.js'
import { probeDirectory } from './checks/temp/probe.js'
import { openWindowsPlatform } from './checks/temp/windows.js'
const [outFile, tempDir, notExe] = process.argv.slice(2)
const ctx = env => ({ platform: process.platform, arch: process.arch, runnerTemp: tempDir, toolCache: '', workspace: tempDir, env })
const healthyEnv = { ...process.env, TMP: tempDir, TEMP: tempDir }
const healthy = await checkTempDirs({ extraPaths: [], fixTemp: false }, ctx(healthyEnv))
const platform = openWindowsPlatform(process.env)
const badExe = await probeDirectory(tempDir, { ...platform.probe, sourceExecutable: notExe, execTimeoutMs: 30000 })
const bareEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TMP|TEMP|USERPROFILE)$/i.test(k)))
const fallback = await checkTempDirs({ extraPaths: [], fixTemp: false }, ctx(bareEnv))
writeFileSync(outFile, JSON.stringify({ healthy, badExe, fallback }))
`

describeWine('temp-dirs on Windows Node under Wine', () => {
  let work: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'temp-wine-'))
    chmodSync(work, 0o755)
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  test('reads and evaluates the DACL, runs the copied exe, names the Win32 spawn error', () => {
    const build = join(work, 'build')
    compileForWine(build, ['src/checks/temp/index.ts'], { linkNodeModules: true })
    writeFileSync(join(build, 'wine-check.mjs'), script)
    const tempDir = join(work, 'go temp ü')
    mkdirSync(tempDir)
    const notExe = join(work, 'not-an-exe.txt')
    writeFileSync(notExe, 'not a program')
    const outFile = join(work, 'out.json')

    const run = runUnderWine(
      join(build, 'wine-check.mjs'),
      [outFile, tempDir, notExe].map(path => toWinePath(path)),
      { cwd: build, timeoutMs: 240_000 }
    )
    if (!existsSync(outFile))
      throw new Error(
        `Wine run wrote no result (status ${run.status}, ${run.error?.message ?? 'no error'}): ${run.stderr.slice(0, 500)}`
      )
    const { healthy, badExe, fallback } = JSON.parse(readFileSync(outFile, 'utf8')) as {
      healthy: ResultOf<'temp-dirs'>
      badExe: ProbeOutcome
      fallback: ResultOf<'temp-dirs'>
    }

    expect(healthy.status).toBe('pass')
    const dir = healthy.details?.directories.find(entry => entry.names.includes('TMP'))
    expect(dir?.names).toEqual(['os.TempDir()', 'TMP', 'TEMP'])
    expect(dir?.steps.every(step => step.ok)).toBe(true)
    expect(dir?.explanation).toMatch(/list, create, write, execute, delete allowed; SDDL O:S-1-/)

    // ERROR_BAD_EXE_FORMAT (193) from CreateProcessW, where Node only says "spawn UNKNOWN".
    expect(badExe.failure).toMatchObject({ step: 'exec-first', code: 'UNKNOWN', win32Error: 193 })
    expect(badExe.steps.at(-1)).toMatchObject({ step: 'delete', ok: true })

    expect(fallback.findings.map(f => f.id)).toContain('temp.windows-dir-fallback')
    expect(fallback.details?.directories[0].names).toEqual(['os.TempDir()', 'Windows directory'])
  })
})
