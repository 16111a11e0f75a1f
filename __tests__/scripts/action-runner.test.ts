import { describe, expect, it } from '@jest/globals'
import {
  inputEnvName,
  parseKeyValueFile,
  parseWorkflowCommands
} from '../../scripts/lib/action-runner.mjs'

describe('the e2e harness parses what the runner would', () => {
  it('names inputs as the runner does', () => {
    expect(inputEnvName('go-version')).toBe('INPUT_GO-VERSION')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
  })

  it('reads GITHUB_OUTPUT in both forms', () => {
    const text = 'verdict=pass\nreport<<ghadelimiter_1\n/tmp/a\nb=c\nghadelimiter_1\nempty=\n'
    expect(parseKeyValueFile(text)).toEqual({ verdict: 'pass', report: '/tmp/a\nb=c', empty: '' })
  })

  it('rejects an unterminated heredoc', () => {
    expect(() => parseKeyValueFile('x<<EOF\nvalue\n')).toThrow('unterminated heredoc for x')
  })

  it('reads workflow commands with escaped properties', () => {
    const commands = parseWorkflowCommands(
      'plain\n::warning file=a%2Cb.go,line=3,title=Waits 50%3A us::msg%0Anext\n::error::boom\n'
    )
    expect(commands).toEqual([
      {
        command: 'warning',
        properties: { file: 'a,b.go', line: '3', title: 'Waits 50: us' },
        message: 'msg\nnext'
      },
      { command: 'error', properties: {}, message: 'boom' }
    ])
  })
})
