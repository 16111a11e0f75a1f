// A run's context for a test: this machine's platform and arch, scratch folders that do not
// exist and no variables, unless the test says otherwise. Not a test file itself.
import type { RunContext } from '../../src/context.js'

export function runContext(fields: Partial<RunContext> = {}): RunContext {
  return {
    platform: process.platform,
    arch: process.arch,
    runnerTemp: '/nonexistent/runner-temp',
    toolCache: '/nonexistent/tool-cache',
    workspace: '/nonexistent/workspace',
    env: {},
    ...fields
  }
}
