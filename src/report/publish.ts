// The report's effects: the JSON file, the job summary and the annotations.
import * as core from '@actions/core'
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { RunContext } from '../context.js'
import { errorMessage, UserError } from '../errors.js'
import { selectAnnotations } from './annotations.js'
import { renderSummary } from './summary.js'
import type { Report } from './types.js'

/** Writes the JSON report (atomically), the summary and the annotations; returns the report's path. */
export async function publishReport(
  report: Report,
  ctx: RunContext,
  reportPath: string
): Promise<string> {
  const dir = join(ctx.runnerTemp, 'go-win-preflight')
  await mkdir(dir, { recursive: true })
  const file = join(dir, `report-${report.startedAt.replace(/[:.]/g, '-')}-${process.pid}.json`)
  const json = `${JSON.stringify(report, null, 2)}\n`
  await writeFile(`${file}.partial`, json)
  await rename(`${file}.partial`, file)
  if (reportPath !== '') {
    const copy = resolve(ctx.workspace, reportPath)
    try {
      await mkdir(dirname(copy), { recursive: true })
      await copyFile(file, copy)
    } catch (error) {
      throw new UserError(
        `Input 'report-path': could not copy the report to ${copy}: ${errorMessage(error)}`
      )
    }
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderSummary(report), true).write()
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
