// macOS: the mount a directory lives on, from statfs(2) through koffi (f_flags, f_fstypename,
// f_mntonname), plus its mode and owner. Not exercised on a real Mac by this project's CI.
import { loadKoffi } from '../../native/koffi.js'
import { errorMessage } from '../../errors.js'
import type { TempPlatform, UnixFacts } from './platform.js'
import { modeAndOwner, unixProbeTarget } from './unix.js'

// struct statfs with 64-bit inodes (<sys/mount.h>): f_flags at 64, f_fstypename[16] at 72,
// f_mntonname[1024] at 88; 2168 bytes in all.
export const DARWIN_STATFS_SIZE = 2168
const F_FLAGS = 64
const F_FSTYPENAME = 72
const F_MNTONNAME = 88
const MNT_RDONLY = 0x1
const MNT_NOEXEC = 0x4
const MNT_NOSUID = 0x8

function cString(buffer: Buffer, offset: number, length: number): string {
  const end = buffer.indexOf(0, offset)
  return buffer.toString('utf8', offset, end < 0 || end > offset + length ? offset + length : end)
}

export function decodeDarwinStatfs(buffer: Buffer): NonNullable<UnixFacts['mount']> {
  const flags = buffer.readUInt32LE(F_FLAGS)
  const mount = {
    mountPoint: cString(buffer, F_MNTONNAME, 1024),
    fsType: cString(buffer, F_FSTYPENAME, 16),
    flags: {
      readOnly: (flags & MNT_RDONLY) !== 0,
      noexec: (flags & MNT_NOEXEC) !== 0,
      nosuid: (flags & MNT_NOSUID) !== 0
    }
  }
  const options = [mount.flags.readOnly ? 'ro' : 'rw']
  if (mount.flags.noexec) options.push('noexec')
  if (mount.flags.nosuid) options.push('nosuid')
  return { ...mount, options }
}

export function openDarwinPlatform(): TempPlatform {
  let statfs: ((path: string, buffer: Buffer) => number) | undefined
  let unavailable = ''
  try {
    const koffi = loadKoffi()
    const libc = koffi.load('libSystem.B.dylib')
    // Intel Macs export the 64-bit-inode layout under a suffixed name; Apple silicon has only that layout.
    const symbol = process.arch === 'x64' ? 'statfs$INODE64' : 'statfs'
    const native = libc.func(symbol, 'int', ['str', 'void *'])
    statfs = (path, buffer) => native(path, buffer) as number
  } catch (error) {
    unavailable = `statfs through koffi is unavailable: ${errorMessage(error)}`
  }
  return {
    isSystemAccount: false,
    notes: unavailable === '' ? [] : [`macOS: ${unavailable}`],
    probe: unixProbeTarget(),
    async explain(path): Promise<UnixFacts> {
      const facts: UnixFacts = { kind: 'unix', ...(await modeAndOwner(path)) }
      if (!statfs) {
        facts.mountNote = unavailable
        return facts
      }
      const buffer = Buffer.alloc(DARWIN_STATFS_SIZE)
      if (statfs(path, buffer) !== 0) facts.mountNote = 'statfs failed'
      else facts.mount = decodeDarwinStatfs(buffer)
      return facts
    }
  }
}
