// Shared plumbing for the tests that run src modules for real in a child process: on Windows Node
// under Wine (with the bundled win32 koffi), or as another user on Linux. Not a test file itself;
// whether Wine can run here is gates.ts's wineSuite.
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toWinePath, wineNodeCommand } from '../../scripts/lib/wine.mjs'
import { WIN32_KOFFI } from './gates.js'

export { toWinePath }

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Compiles `entries` (paths relative to the repository, under src/) and what they import to plain
 * ES modules in `build`, laid out as in src/, with a `{"type":"module"}` package.json. With
 * `linkNodeModules`, packages such as @actions/core resolve from the repository's node_modules.
 */
export function compileSources(
  build: string,
  entries: string[],
  { linkNodeModules = false }: { linkNodeModules?: boolean } = {}
): void {
  const tsc = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--ignoreConfig',
      ...['--outDir', build, '--rootDir', join(repoRoot, 'src')],
      ...['--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022'],
      ...['--skipLibCheck', '--types', 'node'],
      join(repoRoot, 'src', 'text-files.d.ts'),
      ...entries.map(entry => join(repoRoot, entry))
    ],
    { encoding: 'utf8', timeout: 120_000 }
  )
  const output = tsc.stdout + tsc.stderr
  if (tsc.error || tsc.status !== 0 || output !== '')
    throw new Error(
      `tsc failed (status ${tsc.status}, ${tsc.error?.message ?? 'no error'}):\n${output}`
    )
  bundleTextImports(build)
  writeFileSync(join(build, 'package.json'), '{"type":"module"}')
  if (linkNodeModules) symlinkSync(join(repoRoot, 'node_modules'), join(build, 'node_modules'))
}

/**
 * Node cannot import the .go, go.mod and .ps1 files src/ imports as text: point each import at a
 * `<file>.js` module exporting the file's text, as rollup.config.js's text-files plugin does.
 */
function bundleTextImports(build: string): void {
  const specifier = /(from\s+')(\.{1,2}\/[^']*(?:\.go|\/go\.mod|\.ps1))'/g
  const modules = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter(name =>
    name.endsWith('.js')
  )
  for (const module of modules) {
    const path = join(build, module)
    const code = readFileSync(path, 'utf8')
    const rewritten = code.replace(specifier, (_, from: string, target: string) => {
      const text = readFileSync(join(repoRoot, 'src', dirname(module), target), 'utf8')
      writeFileSync(
        join(build, dirname(module), `${target}.js`),
        `export default ${JSON.stringify(text)}\n`
      )
      return `${from}${target}.js'`
    })
    if (rewritten !== code) writeFileSync(path, rewritten)
  }
}

/** compileSources, plus the win32 koffi where loadKoffi() looks first: beside its own module. */
export function compileForWine(
  build: string,
  entries: string[],
  options: { linkNodeModules?: boolean } = {}
): void {
  compileSources(build, entries, options)
  const koffiDir = join(build, 'native', 'koffi', 'win32-x64')
  mkdirSync(koffiDir, { recursive: true })
  copyFileSync(WIN32_KOFFI, join(koffiDir, 'koffi.node'))
}

export interface WineRun {
  status: number | null
  error: Error | undefined
  stdout: string
  stderr: string
}

/**
 * Runs `script` (a Unix path) with Windows Node under Wine; `args` are passed as they are. Windows
 * Node under Wine fails with EBADF on pipes: stdout and stderr go to files, read back afterwards.
 */
export function runUnderWine(
  script: string,
  args: string[],
  { cwd, timeoutMs, env = {} }: { cwd: string; timeoutMs: number; env?: Record<string, string> }
): WineRun {
  const command = wineNodeCommand(toWinePath(script))
  const outputDir = mkdtempSync(join(tmpdir(), 'wine-output-'))
  try {
    const stdoutFile = join(outputDir, 'stdout.txt')
    const stderrFile = join(outputDir, 'stderr.txt')
    const out = openSync(stdoutFile, 'w')
    const err = openSync(stderrFile, 'w')
    let run: ReturnType<typeof spawnSync>
    try {
      run = spawnSync(command.file, [...command.args, ...args], {
        cwd,
        env: { ...process.env, ...command.env, ...env },
        stdio: ['ignore', out, err],
        timeout: timeoutMs
      })
    } finally {
      closeSync(out)
      closeSync(err)
    }
    return {
      status: run.status,
      error: run.error,
      stdout: readFileSync(stdoutFile, 'utf8'),
      stderr: readFileSync(stderrFile, 'utf8')
    }
  } finally {
    rmSync(outputDir, { recursive: true, force: true })
  }
}
