// The Go programs and the PowerShell script are real files, imported as their text: Rollup's
// text-files plugin (rollup.config.js) bundles them, jest loads them with scripts/jest-text-transform.cjs.
declare module '*.go' {
  const text: string
  export default text
}
declare module '*/go.mod' {
  const text: string
  export default text
}
declare module '*.ps1' {
  const text: string
  export default text
}
