// fleet/action.yml, the bundle entry it runs and docs/fleet.md stay in agreement.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join, normalize } from 'node:path'
import { parse } from 'yaml'

const action = parse(readFileSync('fleet/action.yml', 'utf8'))
const docs = readFileSync('docs/fleet.md', 'utf8')
const rollup = readFileSync('rollup.config.js', 'utf8')

const tableNames = (header: string) => {
  const start = docs.indexOf(header)
  expect(start).toBeGreaterThanOrEqual(0)
  const rows = docs.slice(start).split('\n\n')[0]
  return [...rows.matchAll(/^\| `([a-z-]+)` \|/gm)].map(match => match[1])
}

describe('fleet/action.yml', () => {
  it('runs the root dist/fleet.js, which Rollup builds from src/fleet.ts', () => {
    expect(action.runs.using).toBe('node24')
    // The runner resolves runs.main from the folder of the action.yml.
    expect(normalize(join('fleet', action.runs.main))).toBe(join('dist', 'fleet.js'))
    expect(rollup).toContain("fleet: 'src/fleet.ts'")
  })

  it('agrees with the input and output tables of docs/fleet.md', () => {
    expect(tableNames('| input | default | description |')).toEqual(Object.keys(action.inputs))
    expect(tableNames('| output | description |')).toEqual(Object.keys(action.outputs))
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)])
      expect(typeof (spec as { description: string }).description).toBe('string')
  })
})
