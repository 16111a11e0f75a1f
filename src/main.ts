// The orchestrator: reads inputs, runs each capability in order, hands the data to the policy
// and the report. Every decision lives in a capability; this file only wires them together.
import * as core from '@actions/core'
import { release } from 'node:os'
import { resolve } from 'node:path'
import { readRunContext, type RunContext } from './context.js'
import { errorMessage, UserError } from './errors.js'
import { readInputs, type Inputs } from './inputs.js'
import { setupGo, type GoSetup } from './go/index.js'
import { measureTimers, timerNotMeasured, type TimerMeasurement } from './timer/index.js'
import { detectEnvironment } from './env/index.js'
import { decide, loadThresholds } from './policy/index.js'
import { checkTempDirs } from './checks/temp/index.js'
import { checkDefender } from './checks/defender/index.js'
import { scanEndangeredTests } from './checks/endangered/index.js'
import { checkName, findCheck } from './checks/catalogue.js'
import { couldNotRun, type CheckResultOf } from './checks/result.js'
import { applyDecision, goPathsForDefender } from './orchestration.js'
import { publishOutputs, publishReport } from './report/publish.js'
import { checkLog, environmentLog, timerLog, verdictLog } from './report/log.js'
import { verdictLines, verdictStatement } from './report/verdict.js'
import type { Report } from './report/types.js'
import { VERSION } from './version.js'
import { loadKoffi } from './native/koffi.js'
import { handOverToPost, restoreDependencyCache } from './cache/index.js'
import { versionWithoutPrefix } from './cache/plan.js'
import { readRunnerIdentity } from './runner/index.js'

export async function run(): Promise<void> {
  const startedAt = new Date()
  // performance.now() counts from process start: this is the cold start of the bundle.
  const startup = Math.round(performance.now())
  const stages: Record<string, number> = {}
  // Each stage's group ends with its result in plain lines, so no fold in the log is empty.
  const stage = async <T>(name: string, work: () => Promise<T>, log: (result: T) => string[]) => {
    const begun = performance.now()
    try {
      return await core.group(name, async () => {
        const result = await work()
        for (const line of log(result)) core.info(line)
        return result
      })
    } finally {
      stages[name] = Math.round(performance.now() - begun)
    }
  }
  try {
    const ctx = readRunContext()
    const inputs = readInputs(undefined, ctx)
    const runner = readRunnerIdentity(inputs.matrix)
    // Bad thresholds are an input error: fail before spending time measuring.
    const table = loadThresholds(inputs.thresholds, ctx.workspace)
    const workingDirectory = resolve(ctx.workspace, inputs.workingDirectory)
    const koffiLoad = timeKoffiLoad()

    const go = await stage(
      checkName('go-install'),
      () => setupGo(inputs.go, workingDirectory, ctx),
      setup => setup.checks.flatMap(checkLog)
    )
    const cache = await stage(
      'Dependency cache',
      () => restoreDependencyCache(inputs.cache, go, workingDirectory, ctx),
      restored => [`${restored.status}: ${restored.summary}`]
    )
    const environment = await stage(
      'Environment',
      () => detectEnvironment(inputs.environment, ctx),
      environmentLog
    )
    const limits = table[environment.class].limits
    const timer = await stage(
      checkName('timer'),
      () => guardedTimers(inputs, go, ctx),
      measured => timerLog(measured.check, measured.metrics, limits)
    )
    const temp = await stage(
      checkName('temp-dirs'),
      () =>
        guarded('temp-dirs', 'Temp directories', () =>
          checkTempDirs(
            { extraPaths: inputs.tempPaths, goEnv: go.goEnv, fixTemp: inputs.fixTemp },
            ctx
          )
        ),
      checkLog
    )
    const defender = await stage(
      checkName('defender'),
      () =>
        guarded('defender', 'Microsoft Defender', () =>
          checkDefender(
            {
              paths: goPathsForDefender(go, temp.details, workingDirectory, ctx),
              temp: temp.details,
              exclusions: inputs.defenderExclusions,
              restore: inputs.defenderRestore,
              timeoutMs: inputs.defenderTimeoutMs
            },
            ctx
          )
        ),
      checkLog
    )
    const endangered = await stage(
      checkName('endangered-tests'),
      () =>
        guarded('endangered-tests', checkName('endangered-tests'), () =>
          scanEndangeredTests(
            {
              testPaths: inputs.testPaths,
              workingDirectory,
              go: go.toolchain,
              environment: environment.class,
              wakeLimitUs: limits['wake-p99']?.base,
              trials: timer.check.details?.loops[0]?.trials,
              pooled: timer.check.details?.loops[0]?.aggregate,
              cpu: timer.check.details?.cpu
            },
            ctx
          )
        ),
      checkLog
    )

    const measuredChecks = [...go.checks, timer.check, temp, defender, endangered]
    const decision = decide({
      environment: environment.class,
      table,
      metrics: timer.metrics,
      checks: measuredChecks,
      mode: inputs.mode,
      failOn: inputs.failOn
    })
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'go-win-preflight', version: VERSION },
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      platform: { os: ctx.platform, arch: ctx.arch, release: release() },
      runner,
      verdict: decision.verdict,
      suspicious: decision.suspicious,
      reasons: decision.reasons,
      environment,
      decision,
      metrics: timer.metrics,
      checks: applyDecision(measuredChecks, decision),
      timingsMs: { startup, koffiLoad, stages },
      cache
    }
    const reportFile = await publishReport(report, ctx, inputs.reportPath)

    const install = findCheck(go.checks, 'go-install')?.details
    // As setup-go: go-version without the `go` prefix, cache-hit for the dependency cache.
    publishOutputs({
      verdict: decision.verdict,
      environment: environment.class,
      suspicious: String(decision.suspicious),
      report: reportFile,
      'go-version': versionWithoutPrefix(go.toolchain?.version ?? ''),
      'go-version-full': go.toolchain?.version ?? '',
      'go-root': go.toolchain?.goRoot ?? '',
      'toolchain-cache-hit': String(install?.cacheHit ?? false),
      'cache-hit': String(cache.status === 'hit'),
      ...timer.outputs
    })

    for (const line of verdictLog(
      verdictLines(verdictStatement(report)),
      reportFile,
      report.durationMs
    ))
      core.info(line)
    // The verdict's error annotation (published above) is the failure message: setFailed would
    // add an eleventh error where GitHub keeps ten.
    if (decision.failStep) process.exitCode = core.ExitCode.Failure
    // Only a main step that got this far successfully asks the post step to save the cache.
    else
      handOverToPost(
        cache,
        inputs.reportPath ? [reportFile, resolve(ctx.workspace, inputs.reportPath)] : [reportFile]
      )
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message)
    } else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error))
      core.setFailed(`go-win-preflight failed unexpectedly: ${errorMessage(error)}`)
    }
  }
}

/** koffi's load time, or null when it cannot load (the timer check then says why). */
function timeKoffiLoad(): number | null {
  const begun = performance.now()
  try {
    loadKoffi()
    return Math.round((performance.now() - begun) * 10) / 10
  } catch {
    return null
  }
}

async function guardedTimers(
  inputs: Inputs,
  go: GoSetup,
  ctx: RunContext
): Promise<TimerMeasurement> {
  try {
    return await measureTimers(inputs.timer, go.toolchain, ctx)
  } catch (error) {
    return timerNotMeasured(`The timer check could not run: ${errorMessage(error)}`)
  }
}

/** A check that throws did not run: it becomes `unknown` with the reason, never a pass. */
async function guarded<Id extends string, Details>(
  id: Id,
  title: string,
  check: () => Promise<CheckResultOf<Id, Details>>
): Promise<CheckResultOf<Id, Details>> {
  try {
    return await check()
  } catch (error) {
    return couldNotRun(id, title, error)
  }
}
