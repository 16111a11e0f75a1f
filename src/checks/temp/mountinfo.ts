// /proc/self/mountinfo: which mount a path lives on and with which options. Format (proc(5)):
// `id parent major:minor root mount-point mount-options [optional...] - fstype source super-options`
import { UserError } from '../../errors.js'

export interface MountEntry {
  mountPoint: string
  fsType: string
  source: string
  /** Per-mount options (`rw`, `noexec`, `nosuid`, ...). */
  options: string[]
  /** Options of the file system itself (a read-only superblock makes every mount of it read-only). */
  superOptions: string[]
}

export interface MountFlags {
  noexec: boolean
  nosuid: boolean
  readOnly: boolean
}

/** Undoes mountinfo's octal escapes: `\040` space, `\011` tab, `\012` newline, `\134` backslash. */
export function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(Number.parseInt(octal, 8))
  )
}

export function parseMountinfo(text: string, source: string): MountEntry[] {
  const entries: MountEntry[] = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const fields = line.split(' ')
    const separator = fields.indexOf('-', 6)
    if (
      fields.length < 10 ||
      separator < 0 ||
      fields.length < separator + 4 ||
      !/^\d+:\d+$/.test(fields[2])
    ) {
      throw new UserError(
        `${source} line ${index + 1} is not a mountinfo line: expected "id parent major:minor root mount-point ` +
          `options [optional fields] - fstype source super-options", got "${line.slice(0, 120)}".`
      )
    }
    entries.push({
      mountPoint: unescapeMountField(fields[4]),
      options: fields[5].split(','),
      fsType: unescapeMountField(fields[separator + 1]),
      source: unescapeMountField(fields[separator + 2]),
      superOptions: fields[separator + 3].split(',')
    })
  })
  if (entries.length === 0)
    throw new UserError(`${source} lists no mounts: expected at least the root mount.`)
  return entries
}

function isUnder(path: string, mountPoint: string): boolean {
  if (mountPoint === '/') return path.startsWith('/')
  return path === mountPoint || path.startsWith(`${mountPoint}/`)
}

/**
 * The mount an absolute, symlink-free path lives on: the longest matching mount point; of equal
 * mount points the last one listed, which is mounted over the others.
 */
export function findMount(entries: MountEntry[], path: string): MountEntry | undefined {
  let best: MountEntry | undefined
  for (const entry of entries) {
    if (!isUnder(path, entry.mountPoint)) continue
    if (!best || entry.mountPoint.length >= best.mountPoint.length) best = entry
  }
  return best
}

export function mountFlags(entry: MountEntry): MountFlags {
  return {
    noexec: entry.options.includes('noexec'),
    nosuid: entry.options.includes('nosuid'),
    readOnly: entry.options.includes('ro') || entry.superOptions.includes('ro')
  }
}
