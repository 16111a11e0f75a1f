// action.yml, the README tables and the version stay in agreement.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT_BOUNDS } from '../src/inputs.js'
import { OUTPUT_NAMES } from '../src/outputs.js'
import { VERSION } from '../src/version.js'

const action = parse(readFileSync('action.yml', 'utf8'))
const readme = readFileSync('README.md', 'utf8')
/** How the README shows a default that is an expression the runner evaluates. */
const EXPRESSION_DEFAULTS: Record<string, string> = {
  token: 'github.token on github.com',
  matrix: 'toJSON(matrix)'
}

function tableNames(heading: string): string[] {
  const start = readme.indexOf(heading)
  expect(start).toBeGreaterThanOrEqual(0)
  const section = readme
    .slice(start)
    .split(/\n#{2,3} /)[0]
    .replace(heading, '')
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map(match => match[1])
}

describe('action.yml', () => {
  it('runs on node24 with a post step from dist/', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' })
  })

  it('documents every input and output', () => {
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(typeof (spec as { description: string }).description).toBe('string')
    }
  })

  it('agrees with the README input table, defaults included', () => {
    expect(tableNames('### Inputs')).toEqual(Object.keys(action.inputs))
    for (const [name, spec] of Object.entries(
      action.inputs as Record<string, { default: string }>
    )) {
      const row = readme.split('\n').find(line => line.startsWith(`| \`${name}\` |`)) ?? ''
      const defaultCell = row.split(' | ')[1].trim()
      const shown = String(spec.default).includes('${{')
        ? (EXPRESSION_DEFAULTS[name] ?? spec.default)
        : spec.default
      expect(defaultCell).toBe(shown === '' ? '' : `\`${shown}\``)
    }
  })

  it("states each input's bound as the code checks it, in the README and in action.yml", () => {
    expect(Object.keys(INPUT_BOUNDS)).toEqual(Object.keys(action.inputs))
    for (const [name, spec] of Object.entries(
      action.inputs as Record<string, { description: string }>
    )) {
      const row = readme.split('\n').find(line => line.startsWith(`| \`${name}\` |`)) ?? ''
      expect(row.split(' | ')[2].trim()).toBe(INPUT_BOUNDS[name].text)
      expect(spec.description.endsWith(` Bound: ${INPUT_BOUNDS[name].text}.`)).toBe(true)
    }
  })

  it('agrees with the README output table', () => {
    expect(tableNames('### Outputs')).toEqual(Object.keys(action.outputs))
  })

  it('has the version of package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})

describe('outputs', () => {
  it('the outputs the action sets are the ones action.yml declares, in its order', () => {
    expect([...OUTPUT_NAMES]).toEqual(Object.keys(action.outputs))
  })
})
