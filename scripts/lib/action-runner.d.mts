export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  exitCode: number | null
  timedOut: boolean
  wallMs: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  report: any
  summary: string
  exportedEnv: Record<string, string>
  addedPaths: string[]
  state: Record<string, string>
  commands: WorkflowCommand[]
  dirs: {
    work: string
    runnerTemp: string
    toolCache: string
    workspace: string
    actionDir: string
  }
}

export interface RunActionOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  entry?: 'index' | 'post'
  action?: 'main' | 'fleet'
  state?: Record<string, string>
  workspace?: string
  runnerTemp?: string
  toolCache?: string
  timeoutMs?: number
  wine?: boolean
  wrap?: string[]
}

/** Removes the action copy and every run's directories made so far. */
export function removeActionRuns(): void
export function prepareActionDir(): string
export function actionInputDefaults(metadata?: string): Record<string, string>
export function inputEnvName(name: string): string
export function parseKeyValueFile(text: string): Record<string, string>
export function parseWorkflowCommands(stdout: string): WorkflowCommand[]
export function fromWinePath(p: string): string
export function runAction(options?: RunActionOptions): Promise<ActionRun>
