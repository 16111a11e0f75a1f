// Every step output this action sets, as action.yml declares them (a test keeps the two equal).
// publishOutputs takes one value for each, so an output cannot be forgotten or misspelt.

export const OUTPUT_NAMES = [
  'verdict',
  'environment',
  'suspicious',
  'report',
  'go-version',
  'go-version-full',
  'go-root',
  'cache-hit',
  'toolchain-cache-hit',
  'timer-p50-us',
  'timer-p99-us',
  'timer-max-us',
  'sleep-deviation-pct',
  'timer-resolution-ms'
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]
export type ActionOutputs = Readonly<Record<OutputName, string>>
