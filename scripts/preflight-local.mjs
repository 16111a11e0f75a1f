// `npm run preflight`: runs the built action on this machine as a runner would, with the
// defaults of action.yml. Inputs: `npm run preflight -- go-version=1.22 mode=enforce ...`.
// Prints the step's log, the job summary and the path of the JSON report; exits as the step did.
import { runAction } from './lib/action-runner.mjs'

const inputs = {}
for (const arg of process.argv.slice(2)) {
  const eq = arg.indexOf('=')
  if (eq <= 0) {
    console.error(`Expected input=value, got ${JSON.stringify(arg)}`)
    process.exit(2)
  }
  inputs[arg.slice(0, eq)] = arg.slice(eq + 1)
}

// This machine has no Actions cache service: without `cache=false` the run would only warn so.
const run = await runAction({
  inputs: { cache: 'false', ...inputs },
  workspace: process.cwd(),
  timeoutMs: 15 * 60_000
})
process.stdout.write(run.stdout)
process.stderr.write(run.stderr)
console.log('\n----- job summary -----\n')
console.log(run.summary)
console.log('----- outputs -----')
for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${value}`)
console.log(`\nJSON report: ${run.outputs.report ?? '(none: the step failed before writing it)'}`)
if (run.timedOut) console.error('The action did not finish within 15 minutes.')
process.exit(run.exitCode ?? 1)
