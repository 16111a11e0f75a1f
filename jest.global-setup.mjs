// Runs once before the test workers start: fetch Windows Node and create the Wine prefix here,
// so parallel suites never race to create them (the first creation takes about 10 s).
import { ensureWinePrefix, windowsNodeExe, wineUnavailableReason } from './scripts/lib/wine.mjs'

export default function globalSetup() {
  if (wineUnavailableReason() !== undefined) return
  windowsNodeExe()
  ensureWinePrefix()
}
