// The fleet action's effects: read the inputs and files, merge, write the fleet JSON, the job
// summary, the annotations and the outputs. Every decision lives in merge/outliers/baseline/render.
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { readRunContext } from '../context.js'
import { errorMessage, UserError } from '../errors.js'
import { readChoice } from '../inputs.js'
import { VERSION } from '../version.js'
import { listReportFiles, readCapped } from './files.js'
import { mergeFleet, type FailOn } from './merge.js'
import { fleetAnnotations, renderFleetSummary } from './render.js'

export async function runFleet(): Promise<void> {
  try {
    const read = (name: string) => core.getInput(name)
    const failOn = readChoice<FailOn>(read, 'fail-on', ['error', 'warning', 'never'], 'error')
    const ctx = readRunContext()
    const begun = performance.now()
    const listing = listReportFiles(read('reports'), ctx.workspace)
    const label = (file: string) => relative(ctx.workspace, file).split('\\').join('/') || file
    function* files() {
      for (const file of listing.files) yield readCapped(file, label(file))
    }
    const baselineInput = read('baseline').trim()
    const baselinePath = baselineInput === '' ? '' : resolve(ctx.workspace, baselineInput)
    const notes = [...listing.notes]
    if (baselinePath !== '' && !existsSync(baselinePath))
      // The first run of a workflow has no previous fleet report in its cache or artifacts.
      notes.push(`Input 'baseline': ${baselineInput} does not exist yet; no comparison.`)
    const fleet = mergeFleet({
      files: files(),
      baseline:
        baselinePath !== '' && existsSync(baselinePath)
          ? readCapped(baselinePath, baselineInput)
          : undefined,
      failOn,
      version: VERSION,
      now: new Date(),
      notes
    })
    const mergeMs = performance.now() - begun
    if (fleet.runners.length === 0)
      throw new UserError(
        `Input 'reports': no go-win-preflight report among ${listing.files.length} file(s) in ${read('reports').trim()}` +
          (fleet.rejected.length > 0
            ? ` (${fleet.rejected
                .slice(0, 3)
                .map(r => `${r.file}: ${r.reason}`)
                .join(
                  '; '
                )}${fleet.rejected.length > 3 ? `; ${fleet.rejected.length - 3} more` : ''})`
            : '') +
          '; expected the JSON files that input report-path of the main action wrote.'
      )

    const dir = join(ctx.runnerTemp, 'go-win-preflight')
    await mkdir(dir, { recursive: true })
    const file = join(dir, `fleet-${fleet.generatedAt.replace(/[:.]/g, '-')}-${process.pid}.json`)
    await writeFile(`${file}.partial`, `${JSON.stringify(fleet, null, 2)}\n`)
    await rename(`${file}.partial`, file)
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(renderFleetSummary(fleet), true).write()
    for (const annotation of fleetAnnotations(fleet)) {
      if (annotation.level === 'error') core.error(annotation.message, { title: annotation.title })
      else core.warning(annotation.message, { title: annotation.title })
    }
    core.setOutput('verdict', fleet.verdict)
    core.setOutput('failing-runners', JSON.stringify(fleet.failingRunners))
    core.setOutput('fleet-report', file)
    core.info(
      `Fleet verdict: ${fleet.verdict}; ${fleet.runners.length} runners merged from ${listing.files.length} files ` +
        `in ${mergeMs.toFixed(1)} ms. Fleet report: ${file}`
    )
    // The failing runners' error annotations are the failure message (as in the main action).
    if (fleet.failStep) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    if (error instanceof UserError) core.setFailed(error.message)
    else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error))
      core.setFailed(`go-win-preflight fleet failed unexpectedly: ${errorMessage(error)}`)
    }
  }
}
