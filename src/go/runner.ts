// What this step leaves for later steps, through the runner: PATH entries and variables (decided
// by goExports in plan.ts) and the problem matcher that turns Go's error lines into annotations.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { GoExports } from './plan.js'

// Go prints `file.go:line:col: message` (build, vet) and `file_test.go:line: message` (tests).
export const GO_PROBLEM_PATTERN = '^\\s*((?:[A-Za-z]:)?[^:\\s][^:]*\\.go):(\\d+)(?::(\\d+))?: (.*)$'

export function problemMatcherJson(): string {
  const matcher = {
    problemMatcher: [
      {
        owner: 'go-win-preflight-go',
        pattern: [{ regexp: GO_PROBLEM_PATTERN, file: 1, line: 2, column: 3, message: 4 }]
      }
    ]
  }
  return `${JSON.stringify(matcher, null, 2)}\n`
}

/** Writes the matcher from the bundle (no repository file needed) and registers it. */
export function registerProblemMatcher(runnerTemp: string): string {
  const file = join(runnerTemp, 'go-win-preflight', 'go-problem-matcher.json')
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, problemMatcherJson())
  core.info(`::add-matcher::${file}`)
  return file
}

/** core.addPath prepends, so the entry meant to come first is added last. */
export function exportGoEnvironment(exports: GoExports): void {
  for (const entry of [...exports.path].reverse()) core.addPath(entry)
  for (const [name, value] of Object.entries(exports.variables)) core.exportVariable(name, value)
}
