// Which kind of machine runs this job: gathers signals with the platform's reader, classifies
// them, and records the evidence. The `environment` input overrides the class, not the evidence.
import type { RunContext } from '../context.js'
import { onPlatform } from '../platform.js'
import type { EnvironmentClass, EnvironmentInfo } from '../report/types.js'
import { classifySignals } from './classify.js'
import { darwinReader } from './darwin.js'
import { linuxReader } from './linux.js'
import { variablesOnlyReader, type EnvironmentReader } from './reader.js'
import { collectSignals, envValue } from './signals.js'
import { windowsReader } from './windows.js'

export type { EnvironmentReader } from './reader.js'
export { classifySignals } from './classify.js'
export { collectSignals } from './signals.js'

const OS_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'Windows',
  linux: 'Linux',
  darwin: 'macOS'
}
const ARCH_NAMES: Record<string, string> = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' }

function platformReader(ctx: RunContext): Promise<EnvironmentReader> {
  const chosen = onPlatform(ctx.platform, {
    win32: async () => windowsReader(ctx.env),
    linux: async () => linuxReader(ctx.env),
    darwin: () => darwinReader(ctx.env)
  })
  // Elsewhere only the variables are read; collectSignals says why in the evidence.
  return chosen.supported ? chosen.value : Promise.resolve(variablesOnlyReader(ctx.env))
}

/** Pure: the environment as seen through `reader`, with `override` applied when not `auto`. */
export function classifyEnvironment(
  override: EnvironmentClass | 'auto',
  platform: NodeJS.Platform,
  arch: string,
  reader: EnvironmentReader
): EnvironmentInfo {
  const signals = collectSignals(platform, reader)
  const classification = classifySignals(signals)
  const evidence = signals.map(({ signal, value, indicates }) => ({ signal, value, indicates }))
  evidence.push({
    signal: 'detection rule',
    value: classification.rule,
    indicates: classification.class
  })
  const overridden = override !== 'auto'
  if (overridden)
    evidence.push({ signal: "input 'environment'", value: override, indicates: override })
  const env = (name: string): string | undefined => envValue(reader.env, name) || undefined
  return {
    class: overridden ? override : classification.class,
    detected: classification.class,
    overridden,
    evidence,
    runner: {
      os: env('RUNNER_OS') ?? OS_NAMES[platform] ?? platform,
      arch: env('RUNNER_ARCH') ?? ARCH_NAMES[arch] ?? arch,
      environment: env('RUNNER_ENVIRONMENT') ?? 'unknown',
      imageOS: env('ImageOS'),
      imageVersion: env('ImageVersion')
    }
  }
}

export async function detectEnvironment(
  override: EnvironmentClass | 'auto',
  ctx: RunContext
): Promise<EnvironmentInfo> {
  return classifyEnvironment(override, ctx.platform, ctx.arch, await platformReader(ctx))
}
