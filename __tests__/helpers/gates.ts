// The suite gates every test shares: a suite that needs Debian's Go or Wine. With `CI=true`
// nothing is skipped: the suite runs and fails with the reason. Elsewhere it is skipped, with one
// console line saying why. Not a test file itself.
import { beforeAll, describe, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { wineUnavailableReason } from '../../scripts/lib/wine.mjs'

export const DEBIAN_GOROOT = '/usr/lib/go-1.19'
export const DEBIAN_GO = join(DEBIAN_GOROOT, 'bin', 'go')

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The win32 koffi the build copies into dist/, which the Wine suites load. */
export const WIN32_KOFFI = join(repoRoot, 'dist', 'koffi', 'win32-x64', 'koffi.node')

type Describe = (title: string, body: () => void) => void
type Test = (title: string, body: () => Promise<unknown> | void, timeoutMs?: number) => void

interface Gate {
  /** Why the suite cannot run here, or undefined. */
  missing: string | undefined
  /** `describe`, skipped when `missing` (and not CI); under CI a missing need fails it. */
  describe: Describe
  /** The same for one test. */
  it: Test
}

/** A suite (or test) that cannot run while `missing` says why: for a need of its own. */
export function suiteGate(what: string, missing: string | undefined): Gate {
  if (missing === undefined) return { missing, describe, it }
  if (process.env.CI !== 'true') {
    console.log(`Skipping ${what}: ${missing}`)
    return { missing, describe: describe.skip, it: it.skip }
  }
  const fail = () => {
    throw new Error(`CI=true but ${missing}`)
  }
  return {
    missing,
    describe: (title, body) =>
      describe(title, () => {
        beforeAll(fail)
        body()
      }),
    it: (title, _body, timeoutMs) => it(title, fail, timeoutMs)
  }
}

/** Why Debian's Go 1.19 is not usable here, or undefined. */
export function debianGoMissing(): string | undefined {
  return existsSync(DEBIAN_GO)
    ? undefined
    : `${DEBIAN_GO} is missing (apt-get install golang-1.19-go)`
}

/** A suite (or test) that runs Debian's Go 1.19. */
export function debianGoSuite(what: string): Gate {
  return suiteGate(what, debianGoMissing())
}

/** Why the Wine tests cannot run here (no Wine, or no built win32 koffi), or undefined. */
export function wineMissing(): string | undefined {
  return (
    wineUnavailableReason() ??
    (existsSync(WIN32_KOFFI) ? undefined : `${WIN32_KOFFI} is missing (run npm run build)`)
  )
}

/** A suite that runs src modules on Windows Node under Wine. */
export function wineSuite(what: string): Gate {
  return suiteGate(`${what} under Wine`, wineMissing())
}
