// The report's effects: the JSON file, the copy at report-path, the job summary, the annotations
// and the step outputs. Each is written on its own: one that fails becomes a warning and the
// others are still written, so the verdict (and the exit code the policy gives) is never lost.
import * as core from '@actions/core'
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { RunContext } from '../context.js'
import { errorMessage, escapeExcerpt } from '../errors.js'
import type { ActionOutputs } from '../outputs.js'
import { selectAnnotations } from './annotations.js'
import { renderSummary } from './summary.js'
import type { Report } from './types.js'

/** A publishing step that failed, as the warning says it. */
function warnFailed(what: string, error: unknown): void {
  core.warning(
    `${what}: ${reason(error)}. The verdict and the other results are still published.`,
    {
      title: 'go-win-preflight: report not fully published'
    }
  )
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  // mkdir answers EEXIST when a part of the path exists as a file.
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file'
  if (code === 'ENOSPC') return 'no space left on the device'
  return escapeExcerpt(errorMessage(error).split('\n')[0], 200)
}

/**
 * Writes the JSON report under RUNNER_TEMP (atomically) and its copy at `reportPath` (absolute,
 * already checked to be inside the workspace), the summary and the annotations. Returns the
 * report's path, or '' when it could not be written. Never throws.
 */
export async function publishReport(
  report: Report,
  ctx: RunContext,
  reportPath: string
): Promise<string> {
  const json = `${JSON.stringify(report, null, 2)}\n`
  let file = ''
  try {
    const dir = join(ctx.runnerTemp, 'go-win-preflight')
    await mkdir(dir, { recursive: true })
    const target = join(dir, `report-${report.startedAt.replace(/[:.]/g, '-')}-${process.pid}.json`)
    await writeAtomically(target, partial => writeFile(partial, json))
    file = target
  } catch (error) {
    warnFailed(`Could not write the JSON report under RUNNER_TEMP (${ctx.runnerTemp})`, error)
  }
  if (reportPath !== '') {
    try {
      if ((await stat(reportPath).catch(() => undefined))?.isDirectory()) {
        throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
      }
      await mkdir(dirname(reportPath), { recursive: true })
      await writeAtomically(reportPath, partial =>
        file === '' ? writeFile(partial, json) : copyFile(file, partial)
      )
    } catch (error) {
      warnFailed(`Input 'report-path': could not write the report to ${reportPath}`, error)
    }
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(renderSummary(report), true).write()
    } catch (error) {
      core.summary.emptyBuffer()
      warnFailed('Could not write the job summary', error)
    }
  }
  for (const annotation of selectAnnotations(report)) {
    const properties: core.AnnotationProperties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      startColumn: annotation.column
    }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else if (annotation.level === 'warning') core.warning(annotation.message, properties)
    else core.notice(annotation.message, properties)
  }
  return file
}

/** Writes `path.partial` with `write`, then renames it over `path`; no partial file is left. */
async function writeAtomically(
  path: string,
  write: (partial: string) => Promise<void>
): Promise<void> {
  const partial = `${path}.partial`
  try {
    await write(partial)
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined)
    throw error
  }
}

/** Sets every output; one that cannot be set is named in a single warning, the rest still set. */
export function publishOutputs(outputs: ActionOutputs): void {
  const failed: string[] = []
  let firstError: unknown
  for (const [name, value] of Object.entries(outputs)) {
    try {
      core.setOutput(name, value)
    } catch (error) {
      failed.push(name)
      firstError ??= error
    }
  }
  if (failed.length > 0) warnFailed(`Could not set the outputs ${failed.join(', ')}`, firstError)
}
