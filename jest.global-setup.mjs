// Runs once before the test workers start: note what the system temp dir holds (the teardown
// fails the run when tests leave anything new there), then fetch Windows Node and create the
// Wine prefix here, so parallel suites never race to create them (the first takes about 10 s).
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { ensureWinePrefix, windowsNodeExe, wineUnavailableReason } from './scripts/lib/wine.mjs'

export default function globalSetup() {
  // jest shares globalThis between its global setup and teardown.
  globalThis.tempDirBeforeTests = readdirSync(tmpdir())
  if (wineUnavailableReason() !== undefined) return
  windowsNodeExe()
  ensureWinePrefix()
}
