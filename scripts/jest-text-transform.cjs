// jest's view of the .go, go.mod and .ps1 files that src/ imports as text: the same string
// Rollup's text-files plugin puts in dist/ (rollup.config.js).
/* global module */
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};\n` }
  }
}
