// Fails the run (with CI=true; warns otherwise) when the tests left something new in the system
// temp dir: every test removes what it made. Kept on purpose, and so not counted: the Go archive fixtures
// (__tests__/helpers/go-mirror.ts keeps them in go-win-preflight-fixtures so runs do not rebuild
// them), jest's own cache (jest_*) and wineserver's socket folder.
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'

// wineserver puts its socket folder in /tmp/.wine-<uid>, or $TMPDIR/wine-XXXXXX when TMPDIR is set.
const KEPT = [/^go-win-preflight-fixtures$/, /^jest_/, /^\.wine-\d+$/, /^wine-\w{6}$/]

export default function globalTeardown() {
  const before = new Set(globalThis.tempDirBeforeTests ?? [])
  const left = readdirSync(tmpdir()).filter(
    name => !before.has(name) && !KEPT.some(kept => kept.test(name))
  )
  if (left.length === 0) return
  const message = `The tests left ${left.length} new entries in ${tmpdir()}: ${left.join(', ')}. Each test must remove what it makes.`
  // CI runs alone on its machine; elsewhere another process may be using the temp dir too.
  if (process.env.CI === 'true') throw new Error(message)
  console.warn(`${message} (Not failing without CI=true: other processes may have made them.)`)
}
