// Chooses the temp-dir platform once per run, through the one platform chooser.
import type { RunContext } from '../../context.js'
import { onPlatform, type Chosen } from '../../platform.js'
import { openDarwinPlatform } from './darwin.js'
import { openLinuxPlatform } from './linux.js'
import type { TempPlatform } from './platform.js'
import { openWindowsPlatform } from './windows.js'

export function openTempPlatform(ctx: RunContext): Chosen<TempPlatform> {
  return onPlatform(ctx.platform, {
    win32: () => openWindowsPlatform(ctx.env),
    linux: openLinuxPlatform,
    darwin: openDarwinPlatform
  })
}
