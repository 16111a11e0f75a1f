// ESM + ts-jest, as in actions/typescript-action; tests mock @actions/* with jest.unstable_mockModule.
export default {
  clearMocks: true,
  testEnvironment: 'node',
  globalSetup: './jest.global-setup.mjs',
  globalTeardown: './jest.global-teardown.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // Tests mirror src/ under __tests__/; shared helpers and fixtures sit beside them (helpers/,
  // <folder>/fixtures/), and only *.test.ts files are suites.
  roots: ['<rootDir>/__tests__'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }
    ],
    // The .go, go.mod and .ps1 files src/ imports as text, as rollup.config.js bundles them.
    '(\\.go|/go\\.mod|\\.ps1)$': '<rootDir>/scripts/jest-text-transform.cjs'
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  testTimeout: 60000,
  maxWorkers: 2,
  verbose: false
}
