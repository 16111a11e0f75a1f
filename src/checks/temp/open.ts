// Chooses the temp-dir platform once per run.
import type { RunContext } from '../../context.js'
import { openDarwinPlatform } from './darwin.js'
import { openLinuxPlatform } from './linux.js'
import type { TempPlatform } from './platform.js'
import { openWindowsPlatform } from './windows.js'

export function openTempPlatform(ctx: RunContext): TempPlatform {
  if (ctx.platform === 'win32') return openWindowsPlatform(ctx.env)
  if (ctx.platform === 'darwin') return openDarwinPlatform()
  return openLinuxPlatform()
}
