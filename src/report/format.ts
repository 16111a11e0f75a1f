// Number formatting shared by the summary, the annotations and the check messages.

const UNITS: ReadonlyArray<[string, number]> = [
  ['ns', 0.001],
  ['us', 1],
  ['ms', 1000],
  ['s', 1_000_000]
]

/** A duration in microseconds, three significant digits in the largest unit that keeps it ≥ 1: `1.8 ms`. */
export function formatUs(us: number): string {
  if (!Number.isFinite(us)) return String(us)
  if (us === 0) return '0 us'
  const magnitude = Math.abs(us)
  let index = 0
  while (index < UNITS.length - 1 && magnitude >= UNITS[index + 1][1]) index += 1
  let value = Number((us / UNITS[index][1]).toPrecision(3))
  // Rounding 999.7 us gives 1000 us: say 1 ms instead.
  if (index < UNITS.length - 1 && Math.abs(value) >= 1000) {
    index += 1
    value = Number((us / UNITS[index][1]).toPrecision(3))
  }
  return `${value} ${UNITS[index][0]}`
}

/** A plain number with at most `digits` decimals, without trailing zeros. */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value)
  return String(Number(value.toFixed(digits)))
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let index = 0
  while (Math.abs(value) >= 1024 && index < units.length - 1) {
    value /= 1024
    index += 1
  }
  return `${formatNumber(value, index === 0 ? 0 : 1)} ${units[index]}`
}
