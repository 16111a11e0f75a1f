// The Go programs and the PowerShell script are real files; jest and the bundle in dist/ must
// both carry each one byte for byte.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { powershellSyntaxErrors } from '../scripts/lib/powershell-syntax.mjs'
import { DEFENDER_SCRIPT, encodedScript } from '../src/checks/defender/script.js'
import ANALYZER_GO_MOD from '../src/checks/endangered/analyzer/go.mod'
import ANALYZER_SOURCE from '../src/checks/endangered/analyzer/main.go'
import GO_PROBE_GO_MOD from '../src/timer/go-probe/go.mod'
import GO_PROBE_SOURCE from '../src/timer/go-probe/main.go'

const files: [string, string][] = [
  ['src/checks/defender/defender.ps1', DEFENDER_SCRIPT],
  ['src/checks/endangered/analyzer/go.mod', ANALYZER_GO_MOD],
  ['src/checks/endangered/analyzer/main.go', ANALYZER_SOURCE],
  ['src/timer/go-probe/go.mod', GO_PROBE_GO_MOD],
  ['src/timer/go-probe/main.go', GO_PROBE_SOURCE]
]

const distMissing = existsSync('dist/index.js')
  ? undefined
  : 'dist/index.js is missing (npm run build)'
if (distMissing && process.env.CI !== 'true')
  console.log(`embedded-sources: dist checks skipped, ${distMissing}`)
const describeDist = distMissing && process.env.CI !== 'true' ? describe.skip : describe

describe('text imports', () => {
  it.each(files)('%s is imported as its exact text', (path, text) => {
    expect(text).toBe(readFileSync(path, 'utf8'))
  })

  it('the Defender check sends defender.ps1 itself', () => {
    const sent = Buffer.from(encodedScript(), 'base64').toString('utf16le')
    expect(sent).toBe(readFileSync('src/checks/defender/defender.ps1', 'utf8'))
  })
})

describe('PowerShell syntax (tree-sitter grammar)', () => {
  it('defender.ps1 parses', async () => {
    expect(await powershellSyntaxErrors(DEFENDER_SCRIPT)).toEqual([])
  })

  it('a broken copy does not, and the error names its line', async () => {
    const broken = DEFENDER_SCRIPT.replace(
      "if ($out.mode -eq 'status') {",
      "if ($out.mode -eq 'status' {"
    )
    expect(broken).not.toBe(DEFENDER_SCRIPT)
    const line =
      broken.split('\n').findIndex(text => text.startsWith("if ($out.mode -eq 'status' {")) + 1
    const errors = await powershellSyntaxErrors(broken)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors[0]).toMatch(new RegExp(`^${line}:`))
  })
})

describeDist('the bundle in dist/', () => {
  const bundle = (): string =>
    readdirSync('dist')
      .filter(name => name.endsWith('.js'))
      .map(name => readFileSync(join('dist', name), 'utf8'))
      .join('\n')

  it.each(files)('carries %s byte for byte', path => {
    expect(distMissing).toBeUndefined()
    // A stale dist/ fails here: rebuild with `npm run build`.
    const carried = bundle().includes(JSON.stringify(readFileSync(path, 'utf8')))
    expect({ path, carried }).toEqual({ path, carried: true })
  })
})
