// Test helper: the temp-dirs check as plain JavaScript, so a child process running as another user
// (root bypasses permission bits) can run it. Type-only transpilation; types are checked by tsc.
import ts from 'typescript'
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCES = [
  ...readdirSync(join(root, 'src/checks/temp')).map(file => `src/checks/temp/${file}`),
  'src/process.ts',
  'src/errors.ts',
  'src/native/koffi.ts'
]

/** Writes the check and a runner script into `outDir`; returns the runner's path. */
export function compileTempCheck(outDir: string): string {
  for (const source of SOURCES) {
    const output = ts.transpileModule(readFileSync(join(root, source), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    }).outputText
    const target = join(outDir, source.replace(/\.ts$/, '.js'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, output)
  }
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n')
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'))
  const runner = join(outDir, 'run-check.mjs')
  writeFileSync(
    runner,
    [
      "import { checkTempDirs } from './src/checks/temp/index.js'",
      'const env = JSON.parse(process.argv[2])',
      'const ctx = { platform: process.platform, arch: process.arch, runnerTemp: env.RUNNER_TEMP ?? "/tmp", toolCache: "", workspace: process.cwd(), env }',
      'const result = await checkTempDirs({ extraPaths: JSON.parse(process.argv[3]), fixTemp: false }, ctx)',
      'process.stdout.write(JSON.stringify(result))'
    ].join('\n')
  )
  return runner
}
