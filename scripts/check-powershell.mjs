// Parses every .ps1 under src/ and fails, naming file, line and column, on a syntax error.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { powershellSyntaxErrors } from './lib/powershell-syntax.mjs'

const scripts = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter(entry => entry.isFile() && entry.name.endsWith('.ps1'))
  .map(entry => join(entry.parentPath ?? entry.path, entry.name))
let failed = false
for (const script of scripts) {
  for (const error of await powershellSyntaxErrors(readFileSync(script, 'utf8'))) {
    console.error(`${script}:${error}`)
    failed = true
  }
}
if (failed) process.exit(1)
console.log(`PowerShell syntax: ${scripts.length} script(s) parse`)
