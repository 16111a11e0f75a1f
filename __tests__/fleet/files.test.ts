// Input `reports` to files: the glob matcher (pure), the walk and the capped read on a real
// temporary folder.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { globToRegExp, listReportFiles, readCapped, splitPattern } from '../../src/fleet/files.js'

describe('globToRegExp and splitPattern', () => {
  it('* within a name, ** across folders, ? one character', () => {
    const star = globToRegExp('preflight-*.json')
    expect(star.test('preflight-windows.json')).toBe(true)
    expect(star.test('a/preflight-windows.json')).toBe(false)
    const deep = globToRegExp('**/report.json')
    expect(deep.test('report.json')).toBe(true)
    expect(deep.test('a/b/report.json')).toBe(true)
    expect(deep.test('a/b/report.json.bak')).toBe(false)
    expect(globToRegExp('r?.json').test('r1.json')).toBe(true)
    expect(globToRegExp('a.b(c)+.json').test('a.b(c)+.json')).toBe(true)
    expect(globToRegExp('a.b(c)+.json').test('aXb(c)+.json')).toBe(false)
  })

  it('walks from the folder before the first wildcard', () => {
    expect(splitPattern('reports/**/*.json')).toEqual({ base: 'reports', rest: '**/*.json' })
    expect(splitPattern('reports')).toEqual({ base: 'reports', rest: '' })
    expect(splitPattern('*.json')).toEqual({ base: '.', rest: '*.json' })
    expect(splitPattern('C:\\a\\_temp\\r\\*.json')).toEqual({
      base: 'C:/a/_temp/r',
      rest: '*.json'
    })
  })
})

describe('listReportFiles and readCapped', () => {
  const root = mkdtempSync(join(tmpdir(), 'gwp-fleet-files-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  mkdirSync(join(root, 'reports', 'windows'), { recursive: true })
  writeFileSync(join(root, 'reports', 'a.json'), '{}')
  writeFileSync(join(root, 'reports', 'windows', 'b.json'), '{}')
  writeFileSync(join(root, 'reports', 'notes.txt'), 'x')

  it('a folder gives every *.json below it; a glob what it matches; one note for nothing', () => {
    expect(listReportFiles('reports', root).files).toEqual([
      join(root, 'reports', 'a.json'),
      join(root, 'reports', 'windows', 'b.json')
    ])
    expect(listReportFiles('reports/*.json', root).files).toEqual([join(root, 'reports', 'a.json')])
    const none = listReportFiles('reports/*.xml\nmissing', root)
    expect(none.files).toEqual([])
    expect(none.notes).toEqual([
      "Input 'reports': reports/*.xml matches no file.",
      `Input 'reports': missing matches nothing (${join(root, 'missing')} does not exist).`
    ])
    expect(() => listReportFiles(' \n', root)).toThrow(
      "Input 'reports' is empty: expected a folder or a glob of report JSON files."
    )
  })

  it('reads at most the cap', () => {
    const big = join(root, 'big.json')
    writeFileSync(big, 'x'.repeat(5000))
    expect(readCapped(big, 'big.json', 4096)).toEqual({
      file: 'big.json',
      unreadable: 'larger than 4096 bytes: not a report'
    })
    expect(readCapped(big, 'big.json', 5000).text).toHaveLength(5000)
    expect(readCapped(join(root, 'gone.json'), 'gone.json').unreadable).toMatch(
      /^could not be read \(.*ENOENT: no such file or directory/
    )
  })
})
