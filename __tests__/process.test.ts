import { describe, expect, it } from '@jest/globals'
import { runProcess } from '../src/process.js'

describe('runProcess', () => {
  it('passes arguments verbatim, without a shell', async () => {
    const tricky = `a b; echo injected $(id) "q" 'x'`
    const result = await runProcess(
      process.execPath,
      ['-e', 'console.log(process.argv[1])', tricky],
      {
        timeoutMs: 20_000
      }
    )
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe(`${tricky}\n`)
  })

  it('feeds stdin and collects stderr and the exit code', async () => {
    const script =
      'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{console.error(s.toUpperCase());process.exit(3)})'
    const result = await runProcess(process.execPath, ['-e', script], {
      timeoutMs: 20_000,
      input: 'hello'
    })
    expect(result).toMatchObject({ exitCode: 3, stderr: 'HELLO\n', timedOut: false })
  })

  it('kills a process that outlives its timeout', async () => {
    const result = await runProcess(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
      timeoutMs: 300
    })
    expect(result.timedOut).toBe(true)
    expect(result.exitCode).toBeNull()
    expect(result.signal).toBe('SIGKILL')
  })

  it('reports a spawn that Node rejects synchronously instead of throwing', async () => {
    // Node throws, rather than emits, for some failures (here a NUL byte in an argument).
    const result = await runProcess(process.execPath, ['-e', 'a\0b'], { timeoutMs: 5_000 })
    expect(result.spawnError?.code).toBe('ERR_INVALID_ARG_VALUE')
    expect(result).toMatchObject({ exitCode: null, timedOut: false, stdout: '' })
  })

  it('reports a program that cannot start instead of throwing', async () => {
    const result = await runProcess('/nonexistent/tool', [], { timeoutMs: 5_000 })
    expect(result.spawnError?.code).toBe('ENOENT')
    expect(result.exitCode).toBeNull()
  })
})
