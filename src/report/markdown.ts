// Pure helpers for GitHub-flavoured Markdown that carries text from users and tools.

/** Text placed in Markdown outside tables: no HTML gets through. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Text in a table cell: also no `|` and no line breaks, which would end the cell or the row. */
export function escapeCell(text: string): string {
  return escapeText(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A fenced block whose fence is longer than any backtick run inside, so the text cannot end it. */
export function fenced(language: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`
}

export function collapsible(summary: string, body: string): string {
  return `<details><summary>${escapeText(summary)}</summary>\n\n${body}\n\n</details>`
}
