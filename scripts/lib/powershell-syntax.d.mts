/** Every ERROR or MISSING node of `text` as `line:column: what`, in order; [] when it parses. */
export function powershellSyntaxErrors(text: string): Promise<string[]>
