// Bundles the action's entry points into dist/, the fleet action's too (fleet/action.yml runs
// ../dist/fleet.js, as github/codeql-action's sub-actions run ../lib/). koffi's JavaScript is not bundled:
// src/native/koffi.ts loads the native koffi.node files that scripts/vendor-koffi.mjs copies into dist/.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

// The Go programs and the PowerShell script are real files (so gofmt, go vet and editors see them),
// bundled as their text: a default export of the file's exact string. Eight lines here rather
// than a package (rollup-plugin-string 3.0.0 still depends on the retired rollup-pluginutils 2).
const TEXT_FILE = /(\.go|\/go\.mod|\.ps1)$/
const textFiles = {
  name: 'text-files',
  transform(code, id) {
    if (!TEXT_FILE.test(id.replace(/\\/g, '/'))) return null
    return { code: `export default ${JSON.stringify(code)}\n`, map: { mappings: '' } }
  }
}

// dist/ must run alone (the runner may see no package.json above it): mark its .js files as ESM.
const esmMarker = {
  name: 'esm-marker',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "module" }\n' })
  }
}

const config = {
  input: { index: 'src/index.ts', post: 'src/post.ts', fleet: 'src/fleet.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'shared-[name].js',
    sourcemap: false
  },
  external: ['koffi'],
  plugins: [
    typescript({
      tsconfig: 'tsconfig.json',
      include: ['src/**/*.ts'],
      outDir: 'dist',
      noEmitOnError: true
    }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
    textFiles,
    esmMarker
  ],
  onwarn(warning, warn) {
    // @actions/* and their deps use `this` at top level in transpiled helpers.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
}

export default config
