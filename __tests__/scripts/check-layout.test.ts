// The layout rule of `npm run lint` fails where it should: a file over the line limit and an
// import circle, bare and type-only imports included; the real src/ passes it.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { layoutProblems, MAX_LINES } from '../../scripts/check-layout.mjs'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gwp-layout-'))
  made.push(root)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, 'src', name, '..'), { recursive: true })
    writeFileSync(join(root, 'src', name), text)
  }
  return root
}

describe('the layout rule', () => {
  it('passes the real src/', () => {
    expect(layoutProblems(process.cwd())).toEqual([])
  })

  it('names a file over the line limit', () => {
    const root = tree({ 'long.ts': 'export const x = 1\n'.repeat(MAX_LINES + 1) })
    expect(layoutProblems(root)).toEqual([
      `src/long.ts has ${MAX_LINES + 1} lines: split it (at most ${MAX_LINES}).`
    ])
  })

  it('names a circle through bare, type-only and re-exporting imports', () => {
    const root = tree({
      'a.ts': "import './b/c.js'\n",
      'b/c.ts': "import type { D } from '../d.js'\nexport type C = D\n",
      'd.ts': "export * from './a.js'\nexport type D = number\n",
      'e.ts': "import { x } from './f.js'\nexport const e = x\n",
      'f.ts': 'export const x = 1\n'
    })
    expect(layoutProblems(root)).toEqual([
      'Import circle: src/a.ts -> src/b/c.ts -> src/d.ts -> src/a.ts'
    ])
  })
})
