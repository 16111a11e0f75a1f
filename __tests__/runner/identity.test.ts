// The runner identity every report carries: pure over the environment and the machine's facts.
import { describe, expect, it } from '@jest/globals'
import {
  MATRIX_INPUT_MAX_BYTES,
  parseMatrixInput,
  runnerIdentity
} from '../../src/runner/identity.js'

const machine = {
  platform: 'linux',
  arch: 'x64',
  hostname: 'fv-az123-456',
  cpus: [
    { model: ' AMD EPYC 7763 64-Core Processor ' },
    { model: 'AMD EPYC 7763 64-Core Processor' }
  ],
  totalMemoryBytes: 8_337_022_976
}

describe('runnerIdentity', () => {
  it('reads the names GitHub sets and the machine facts', () => {
    const identity = runnerIdentity(
      {
        RUNNER_NAME: 'GitHub Actions 12',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        ImageOS: 'ubuntu24',
        ImageVersion: '20250601.1.0',
        GITHUB_JOB: 'test',
        GITHUB_RUN_ID: '123456789',
        GITHUB_RUN_ATTEMPT: '2',
        RUNNER_LABELS: 'self-hosted, linux ,,x64'
      },
      machine,
      { os: 'ubuntu-latest' }
    )
    expect(identity).toEqual({
      name: 'GitHub Actions 12',
      os: 'Linux',
      arch: 'X64',
      labels: ['self-hosted', 'linux', 'x64'],
      imageOS: 'ubuntu24',
      imageVersion: '20250601.1.0',
      hostname: 'fv-az123-456',
      cpu: { count: 2, model: 'AMD EPYC 7763 64-Core Processor' },
      memoryBytes: 8_337_022_976,
      job: 'test',
      runId: '123456789',
      runAttempt: '2',
      matrix: { os: 'ubuntu-latest' }
    })
  })

  it('outside Actions: the platform names, and no key for what is unknown', () => {
    const identity = runnerIdentity(
      { RUNNER_NAME: '  ' },
      { ...machine, platform: 'win32', arch: 'arm64', cpus: [] },
      undefined
    )
    expect(identity).toEqual({
      os: 'Windows',
      arch: 'ARM64',
      hostname: 'fv-az123-456',
      cpu: { count: 0, model: 'unknown' },
      memoryBytes: 8_337_022_976
    })
    expect(Object.keys(identity)).not.toContain('name')
  })
})

describe('parseMatrixInput', () => {
  it('reads toJSON(matrix), and no matrix from empty or null', () => {
    expect(parseMatrixInput('{\n  "os": "windows-2022",\n  "go": "1.22"\n}')).toEqual({
      os: 'windows-2022',
      go: '1.22'
    })
    expect(parseMatrixInput('')).toBeUndefined()
    expect(parseMatrixInput(' null ')).toBeUndefined()
  })

  it('one line naming the input for bad JSON, a non-object and an oversized value', () => {
    expect(() => parseMatrixInput('{os: windows}')).toThrow(
      /^Input 'matrix' is not JSON \(.+\): expected a JSON object such as \$\{\{ toJSON\(matrix\) \}\}\.$/
    )
    expect(() => parseMatrixInput('["a"]')).toThrow(
      "Input 'matrix' is JSON array: expected a JSON object such as ${{ toJSON(matrix) }}."
    )
    const big = JSON.stringify({ x: 'y'.repeat(MATRIX_INPUT_MAX_BYTES) })
    expect(() => parseMatrixInput(big)).toThrow(
      `Input 'matrix' is ${big.length} bytes: expected a JSON object such as \${{ toJSON(matrix) }} of at most ${MATRIX_INPUT_MAX_BYTES} bytes.`
    )
  })
})
