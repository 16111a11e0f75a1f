// The dependency cache's effects where no cache service is involved: the early exits and the
// folder sizes, on the real file system.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { folderBytes, restoreDependencyCache } from '../../src/cache/index.js'
import { readRunContext } from '../../src/context.js'
import type { GoSetup } from '../../src/go/index.js'

const withGo = (goEnv: Record<string, string>): GoSetup => ({
  toolchain: { goBinary: '/go/bin/go', goRoot: '/go', version: 'go1.22.5', source: 'path' },
  goEnv,
  checks: []
})
const ctx = readRunContext({ GITHUB_WORKSPACE: '/ws' })
const on = { enabled: true, dependencyPath: [] }

describe('restoreDependencyCache without a cache service', () => {
  it('does nothing when the input is off, there is no Go, or go env has no cache folders', async () => {
    expect(
      await restoreDependencyCache({ ...on, enabled: false }, withGo({}), '/ws', ctx)
    ).toMatchObject({
      status: 'disabled',
      key: null
    })
    expect(await restoreDependencyCache(on, { checks: [] }, '/ws', ctx)).toMatchObject({
      status: 'skipped',
      summary: 'no Go to cache for (no go-version and no go on PATH)'
    })
    expect(await restoreDependencyCache(on, withGo({ GOCACHE: 'off' }), '/ws', ctx)).toMatchObject({
      status: 'skipped',
      summary: 'go env gives neither GOMODCACHE nor GOCACHE'
    })
  })

  it('says unavailable, with the folders it would cache, when the run has no service', async () => {
    const saved = { ...process.env }
    delete process.env.ACTIONS_RESULTS_URL
    delete process.env.ACTIONS_CACHE_URL
    try {
      const report = await restoreDependencyCache(
        on,
        withGo({ GOMODCACHE: '/m', GOCACHE: '/c' }),
        '/ws',
        ctx
      )
      expect(report).toMatchObject({
        status: 'unavailable',
        paths: ['/m', '/c'],
        key: null,
        restore: null
      })
    } finally {
      process.env = saved
    }
  })
})

describe('folderBytes', () => {
  it('adds the regular files below each folder, follows no link, and skips missing folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'gwp-cache-bytes-'))
    try {
      mkdirSync(join(root, 'a', 'deep'), { recursive: true })
      writeFileSync(join(root, 'a', 'one'), 'x'.repeat(100))
      writeFileSync(join(root, 'a', 'deep', 'two'), 'y'.repeat(23))
      mkdirSync(join(root, 'b'))
      writeFileSync(join(root, 'b', 'three'), 'z'.repeat(7))
      symlinkSync(join(root, 'a'), join(root, 'b', 'link-to-a'))
      expect(folderBytes([join(root, 'a'), join(root, 'b'), join(root, 'missing')])).toBe(130)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
