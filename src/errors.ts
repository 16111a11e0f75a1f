/**
 * An error whose message is the whole story for the user: the action prints it as one
 * line and fails, with no stack trace. Throw it for bad inputs, files, tool output and
 * network answers; anything else reaching the top is a bug and keeps its stack in debug.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

/** A bad action input: names the input, the value (as a short excerpt) and what was expected. */
export class InputError extends UserError {
  constructor(input: string, value: string, expected: string) {
    super(`Input '${input}' has invalid value ${quoteValue(value)}: expected ${expected}.`)
    this.name = 'InputError'
  }
}

/** How many characters of a value a message echoes. */
export const EXCERPT_LENGTH = 60

/**
 * A value as a message may echo it: quoted, at most `max` characters, every character that
 * could break or disguise a log line escaped (newlines as \n, control and format characters,
 * bidirectional overrides, U+FFFD from bytes that were not UTF-8, lone surrogates as \uXXXX).
 */
export function quoteValue(value: string, max = EXCERPT_LENGTH): string {
  const chars = [...value.slice(0, 2 * max)]
  const shown = chars.slice(0, max).map(escapeChar).join('')
  const more = chars.length > max ? `… (${value.length} characters)` : ''
  return `"${shown}"${more}`
}

/** The same escaping without quotes, for a tool's message: `…` marks a cut. */
export function escapeExcerpt(text: string, max: number): string {
  const chars = [...text.slice(0, 2 * max)]
  return chars.slice(0, max).map(escapeChar).join('') + (chars.length > max ? '…' : '')
}

const NAMED_ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '"': '\\"',
  '\\': '\\\\'
}

function escapeChar(char: string): string {
  const named = NAMED_ESCAPES[char]
  if (named !== undefined) return named
  // Cc control, Cf format (bidi overrides, zero-width), Cs lone surrogates, Zl/Zp separators,
  // and the replacement character a non-UTF-8 byte became.
  if (/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\uFFFD]/u.test(char)) {
    return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
  }
  return char
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
