// Linux: the mount a directory lives on, from /proc/self/mountinfo, plus its mode and owner.
import { readFile, realpath } from 'node:fs/promises'
import { errorMessage } from '../../errors.js'
import { findMount, mountFlags, parseMountinfo } from './mountinfo.js'
import type { TempPlatform, UnixFacts } from './platform.js'
import { modeAndOwner, unixProbeTarget } from './unix.js'

const MOUNTINFO = '/proc/self/mountinfo'

export function openLinuxPlatform(): TempPlatform {
  return {
    isSystemAccount: false,
    notes: [],
    probe: unixProbeTarget(),
    async explain(path): Promise<UnixFacts> {
      const facts: UnixFacts = { kind: 'unix', ...(await modeAndOwner(path)) }
      try {
        const entry = findMount(
          parseMountinfo(await readFile(MOUNTINFO, 'utf8'), MOUNTINFO),
          await realpath(path)
        )
        if (entry) {
          facts.mount = {
            mountPoint: entry.mountPoint,
            fsType: entry.fsType,
            options: entry.options,
            flags: mountFlags(entry)
          }
        } else {
          facts.mountNote = `no mount in ${MOUNTINFO} contains it`
        }
      } catch (error) {
        facts.mountNote = `mount unknown: ${errorMessage(error)}`
      }
      return facts
    }
  }
}
