// Loads koffi without its JavaScript loader. koffi 3 keeps each platform's koffi.node in a
// separate npm package, which no bundler copies; scripts/vendor-koffi.mjs puts the six we
// support into dist/koffi/<platform>-<arch>/, and the bundle loads the right one from there.
// Outside the bundle (tests, scripts) the installed koffi package is used.
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as KoffiModule from 'koffi'

export type Koffi = typeof KoffiModule
export const KOFFI_VERSION = '3.3.4'

const require = createRequire(import.meta.url)
let loaded: Koffi | undefined

export function bundledKoffiPath(moduleDir: string, platform: string, arch: string): string {
  return join(moduleDir, 'koffi', `${platform}-${arch}`, 'koffi.node')
}

/** koffi for this process, loaded once. Throws with the platform named when none fits. */
export function loadKoffi(): Koffi {
  if (loaded) return loaded
  const bundled = bundledKoffiPath(
    dirname(fileURLToPath(import.meta.url)),
    process.platform,
    process.arch
  )
  if (existsSync(bundled)) {
    const native = require(bundled) as Koffi & { version?: string }
    if (native.version !== KOFFI_VERSION) {
      throw new Error(
        `Bundled koffi.node is version ${native.version}, expected ${KOFFI_VERSION}: rebuild dist/.`
      )
    }
    loaded = native
  } else {
    try {
      loaded = require('koffi') as Koffi
    } catch (error) {
      throw new Error(
        `No koffi binary for ${process.platform}-${process.arch} (looked for ${bundled}): ${(error as Error).message}`
      )
    }
  }
  return loaded
}
