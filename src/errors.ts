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

/** A bad action input: names the input, the value and what was expected. */
export class InputError extends UserError {
  constructor(input: string, value: string, expected: string) {
    super(`Input '${input}' has invalid value ${JSON.stringify(value)}: expected ${expected}.`)
    this.name = 'InputError'
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
