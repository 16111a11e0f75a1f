// docs/report-schema.md documents every field of the JSON report: each key path of a report that
// fills every field (report-sample.ts) must appear in its tables, and every documented path
// must exist, so the document and src/report/types.ts cannot drift apart unnoticed.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { sampleReport } from '../helpers/report-sample.js'

/** Objects documented once, by name, wherever they appear. */
const NAMED = {
  LatencyStats: (value: Record<string, unknown>) => 'madScaled' in value,
  Finding: (_value: Record<string, unknown>, path: string) => path.endsWith('.findings[]')
}
/** Maps whose keys are data, not schema. */
const OPEN_MAPS = new Set(['decision.thresholds', 'timingsMs.stages', 'runner.matrix'])

export function keyPaths(report: unknown): Set<string> {
  const paths = new Set<string>()
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      // An empty list says nothing of its items' shape; the sample fills each list somewhere.
      if (value.length === 0) return
      // Tuples of numbers (trialSpread) are leaves; arrays of records are walked.
      if (value.every(item => typeof item !== 'object' || item === null)) paths.add(path)
      else for (const item of value) walk(item, `${path}[]`)
      return
    }
    if (typeof value !== 'object' || value === null || OPEN_MAPS.has(path)) {
      paths.add(path)
      return
    }
    const record = value as Record<string, unknown>
    for (const [name, matches] of Object.entries(NAMED)) {
      if (matches(record, path)) {
        paths.add(path)
        for (const [key, child] of Object.entries(record)) walk(child, `${name}.${key}`)
        return
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (path === 'checks[]' && key === 'details')
        walk(child, `checks[${String(record.id)}].details`)
      else walk(child, path === '' ? key : `${path}.${key}`)
    }
  }
  walk(report, '')
  return paths
}

// The schema is docs/report-schema.md, whole.
const docs = readFileSync(new URL('../../docs/report-schema.md', import.meta.url), 'utf8')
/** The first cell of each table row, when it is a code span: the documented paths. */
const documented = new Set([...docs.matchAll(/^\| `([^`]+)` \|/gm)].map(match => match[1]))

describe('the report schema in docs/', () => {
  const paths = keyPaths(sampleReport())

  it('documents every field of the report', () => {
    const missing = [...paths].filter(path => !documented.has(path))
    expect(missing).toEqual([])
  })

  it('documents no field the report does not have', () => {
    const stale = [...documented].filter(path => !paths.has(path))
    expect(stale).toEqual([])
  })

  it('states the schema version the types carry', () => {
    expect(docs).toContain(`"schemaVersion": ${sampleReport().schemaVersion}`)
  })
})
