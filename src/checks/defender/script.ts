// The one PowerShell script this check runs. Its text is constant: what a run asks for (mode and
// paths) arrives as JSON in an environment variable, so no path ever becomes script text.
import script from './defender.ps1'

/** Environment variable carrying the request, `{"mode": "status" | "add" | "remove", "paths": [...]}`. */
export const REQUEST_VARIABLE = 'GO_WIN_PREFLIGHT_DEFENDER_REQUEST'

export type ScriptRequest = { mode: 'status' } | { mode: 'add' | 'remove'; paths: string[] }

/** defender.ps1, bundled as its text (see its header). */
export const DEFENDER_SCRIPT = script

/** `-EncodedCommand` takes the script as base64 of its UTF-16LE text. */
export function encodedScript(): string {
  return Buffer.from(DEFENDER_SCRIPT, 'utf16le').toString('base64')
}
