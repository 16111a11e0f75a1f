// The Windows path of temp-dirs for real, on Windows Node under Wine: the DACL and the token read
// through koffi and evaluated, the probe running a copied hostname.exe, CreateProcessW telling the
// Win32 error that Node's spawn hides, and Go's fallback to the Windows directory.
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { CheckResult, TempDetails } from '../src/report/types.js'
import type { ProbeOutcome } from '../src/checks/temp/probe.js'
import { compileTempCheck } from './temp-compile.js'

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
if (missing && !inCI) console.log(`temp-windows-wine skipped: ${missing}`)
const describeWine = missing && !inCI ? describe.skip : describe

const script = `
import { writeFileSync } from 'node:fs'
import { checkTempDirs } from './src/checks/temp/index.js'
import { probeDirectory } from './src/checks/temp/probe.js'
import { openWindowsPlatform } from './src/checks/temp/windows.js'
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
    if (missing) throw new Error(`CI=true but ${missing}`)
    work = mkdtempSync(join(tmpdir(), 'temp-wine-'))
    chmodSync(work, 0o755)
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  test('reads and evaluates the DACL, runs the copied exe, names the Win32 spawn error', () => {
    const build = join(work, 'build')
    mkdirSync(build)
    compileTempCheck(build)
    mkdirSync(join(build, 'src', 'native', 'koffi', 'win32-x64'), { recursive: true })
    copyFileSync(koffiBinary, join(build, 'src', 'native', 'koffi', 'win32-x64', 'koffi.node'))
    writeFileSync(join(build, 'wine-check.mjs'), script)
    const tempDir = join(work, 'go temp ü')
    mkdirSync(tempDir)
    const notExe = join(work, 'not-an-exe.txt')
    writeFileSync(notExe, 'not a program')
    const outFile = join(work, 'out.json')

    const command = wine.wineNodeCommand(wine.toWinePath(join(build, 'wine-check.mjs')))
    const run = spawnSync(
      command.file,
      [...command.args, ...[outFile, tempDir, notExe].map(path => wine.toWinePath(path))],
      // Windows Node under Wine cannot write to a pipe: the result goes to a file, output is dropped.
      {
        env: { ...process.env, ...command.env },
        stdio: ['ignore', 'ignore', 'ignore'],
        timeout: 240_000,
        cwd: build
      }
    )
    if (!existsSync(outFile))
      throw new Error(
        `Wine run wrote no result (status ${run.status}, ${run.error?.message ?? 'no error'})`
      )
    const { healthy, badExe, fallback } = JSON.parse(readFileSync(outFile, 'utf8')) as {
      healthy: CheckResult<TempDetails>
      badExe: ProbeOutcome
      fallback: CheckResult<TempDetails>
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
