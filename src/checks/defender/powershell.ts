// Runs the constant Defender script in one PowerShell process, with a timeout. Windows PowerShell
// first (it always has the Defender module); PowerShell 7 only when Windows PowerShell is absent.
import { runProcess, type ProcessResult } from '../../process.js'
import { REQUEST_VARIABLE, encodedScript, type ScriptRequest } from './script.js'

/** Looked up on PATH by name, as CreateProcess / execvp do. */
export const POWERSHELL_CANDIDATES = ['powershell.exe', 'pwsh.exe'] as const

export interface ScriptRun {
  /** The executable that ran, or the last one tried when none could start. */
  executable: string
  result: ProcessResult
}

export async function runDefenderScript(
  request: ScriptRequest,
  options: { timeoutMs: number; env: NodeJS.ProcessEnv }
): Promise<ScriptRun> {
  const args = [
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    encodedScript()
  ]
  const env = { ...options.env, [REQUEST_VARIABLE]: JSON.stringify(request) }
  const deadline = performance.now() + options.timeoutMs
  let run: ScriptRun | undefined
  for (const executable of POWERSHELL_CANDIDATES) {
    const timeoutMs = Math.max(1, Math.round(deadline - performance.now()))
    run = { executable, result: await runProcess(executable, args, { timeoutMs, env }) }
    if (run.result.spawnError?.code !== 'ENOENT') return run
  }
  return run as ScriptRun
}
