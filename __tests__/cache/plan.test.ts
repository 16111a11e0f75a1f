// The dependency cache's pure parts: keys, patterns, paths, the main→post state, the save decision.
import { describe, expect, it } from '@jest/globals'
import {
  cacheKeys,
  cachePaths,
  decideSave,
  decodeSaveState,
  dependencyPatterns,
  encodeSaveState,
  restoreOutcome,
  runnerOsName,
  versionWithoutPrefix
} from '../../src/cache/plan.js'
import { renderCacheSave, renderCacheSection } from '../../src/cache/summary.js'
import { sampleReport } from '../helpers/report-sample.js'

const hash = 'a'.repeat(64)

describe('cacheKeys', () => {
  it("is setup-go's key on Linux (ImageOS in it), with the hash-less prefix as restore key", () => {
    const keys = cacheKeys({
      runnerOs: 'Linux',
      arch: 'x64',
      imageOs: 'ubuntu24',
      goVersion: '1.22.5',
      fileHash: hash
    })
    expect(keys).toEqual({
      primary: `setup-go-Linux-x64-ubuntu24-go-1.22.5-${hash}`,
      restoreKeys: ['setup-go-Linux-x64-ubuntu24-go-1.22.5-']
    })
  })

  it('leaves ImageOS out on Windows, and when the runner does not set it', () => {
    const windows = cacheKeys({
      runnerOs: 'Windows',
      arch: 'arm64',
      imageOs: 'win25',
      goVersion: '1.23rc1',
      fileHash: hash
    })
    expect(windows.primary).toBe(`setup-go-Windows-arm64-go-1.23rc1-${hash}`)
    const bare = cacheKeys({ runnerOs: 'Linux', arch: 'x64', goVersion: '1.19.8', fileHash: hash })
    expect(bare.primary).toBe(`setup-go-Linux-x64-go-1.19.8-${hash}`)
  })
})

describe('the small translations', () => {
  it('names the OS as the runner does, RUNNER_OS first', () => {
    expect(runnerOsName({ RUNNER_OS: 'Windows' }, 'linux')).toBe('Windows')
    expect(runnerOsName({}, 'win32')).toBe('Windows')
    expect(runnerOsName({}, 'darwin')).toBe('macOS')
    expect(runnerOsName({}, 'freebsd')).toBe('freebsd')
  })

  it('drops only the leading go of go env GOVERSION', () => {
    expect(versionWithoutPrefix('go1.22.5')).toBe('1.22.5')
    expect(versionWithoutPrefix('go1.23rc1')).toBe('1.23rc1')
    expect(versionWithoutPrefix('')).toBe('')
  })

  it('caches GOMODCACHE and GOCACHE, leaving out GOCACHE=off and empty values', () => {
    expect(cachePaths({ GOMODCACHE: '/m', GOCACHE: '/c', GOPATH: '/p' })).toEqual(['/m', '/c'])
    expect(cachePaths({ GOMODCACHE: '/m', GOCACHE: 'off' })).toEqual(['/m'])
    expect(cachePaths({ GOMODCACHE: '' })).toEqual([])
  })

  it('defaults to go.mod of the working directory; given globs are relative to the workspace', () => {
    expect(dependencyPatterns([], '/ws/svc', '/ws')).toEqual(['/ws/svc/go.mod'])
    expect(
      dependencyPatterns(['**/go.sum', '!vendor/**/go.sum', '/abs/go.sum'], '/ws/svc', '/ws')
    ).toEqual(['/ws/**/go.sum', '!/ws/vendor/**/go.sum', '/abs/go.sum'])
  })
})

describe('the state main hands to post', () => {
  const state = { key: 'k-1', paths: ['/m', '/c'], matchedKey: 'k-', reportFiles: ['/r.json'] }

  it('round-trips, and anything else reads as no state', () => {
    expect(decodeSaveState(encodeSaveState(state))).toEqual(state)
    expect(decodeSaveState('')).toBeUndefined()
    expect(decodeSaveState('{not json')).toBeUndefined()
    expect(decodeSaveState(JSON.stringify({ key: 1, paths: [], reportFiles: [] }))).toBeUndefined()
    expect(
      decodeSaveState(JSON.stringify({ key: 'k', paths: [3], reportFiles: [] }))
    ).toBeUndefined()
    expect(decodeSaveState('null')).toBeUndefined()
  })

  it('saves after a miss or a prefix hit, not after an exact hit or with no folder on disk', () => {
    expect(decideSave(state, ['/m'])).toEqual({ save: true })
    expect(decideSave({ ...state, matchedKey: undefined }, ['/m', '/c'])).toEqual({ save: true })
    expect(decideSave({ ...state, matchedKey: 'k-1' }, ['/m'])).toMatchObject({ save: false })
    expect(decideSave(state, [])).toEqual({
      save: false,
      reason: 'none of the cache folders exists (/m, /c)'
    })
  })
})

describe('restoreOutcome', () => {
  const keys = { primary: 'p-hash', restoreKeys: ['p-'] }
  it('tells an exact hit from a restore-key hit and a miss', () => {
    expect(restoreOutcome(keys, 'p-hash').status).toBe('hit')
    expect(restoreOutcome(keys, 'p-old').status).toBe('partial')
    expect(restoreOutcome(keys, undefined).status).toBe('miss')
  })
})

describe('the summary', () => {
  it('shows the key, the files, the folders and the restore figures', () => {
    const text = renderCacheSection(sampleReport().cache!)
    expect(text).toContain('### Dependency cache')
    expect(text).toContain('restored from a restore key')
    expect(text).toContain('`setup-go-Windows-x64-go-1.22.5-')
    expect(text).toContain('D:\\a\\app\\app\\go.sum')
    expect(text).toMatch(/Restore \| 41\.2 s; folders 0 B before, 733\.1 MiB after/)
  })

  it('appends the save with its time and size, or why it did not run', () => {
    expect(
      renderCacheSave({ status: 'saved', summary: 'saved k', ms: 62_000, bytes: 1024 * 1024 })
    ).toBe('### Dependency cache save\n\n**saved**: saved k (62 s, 1 MiB of folders)\n')
    expect(
      renderCacheSave({ status: 'skipped', summary: 'exact <hit>', ms: null, bytes: null })
    ).toBe('### Dependency cache save\n\n**skipped**: exact &lt;hit&gt;\n')
  })
})
