// Bundles the action's entry points into dist/, the fleet action's too (fleet/action.yml runs
// ../dist/fleet.js, as github/codeql-action's sub-actions run ../lib/). koffi's JavaScript is not bundled:
// src/native/koffi.ts loads the native koffi.node files that scripts/vendor-koffi.mjs copies into dist/.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

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
    esmMarker
  ],
  onwarn(warning, warn) {
    // @actions/* and their deps use `this` at top level in transpiled helpers.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
}

export default config
