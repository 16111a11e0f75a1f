// The layout rules CI enforces on src/: no .ts file over 400 lines, and no import circle
// (type-only imports count: a circle of types is a circle of modules all the same).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

export const MAX_LINES = 400

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

// `import x from './a.js'`, `export { y } from './b.js'` and the bare `import './c.js'`.
const IMPORT = /^\s*(?:import|export)\s(?:[^'"]*?from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm

/** Each file's relative imports, as repository paths. */
export function importGraph(root, files) {
  const graph = new Map()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(IMPORT)]
      .map(match => resolve(dirname(file), match[1]).replace(/\.js$/, '.ts'))
      .map(target => relative(root, target))
    graph.set(relative(root, file), targets)
  }
  return graph
}

/** Every circle, each once, as the list of files round it. */
export function circles(graph) {
  const found = []
  const state = new Map()
  const stack = []
  const visit = node => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return found
}

export function layoutProblems(root) {
  const files = tsFiles(join(root, 'src'))
  const problems = []
  for (const file of files) {
    const name = relative(root, file)
    const lines = readFileSync(file, 'utf8').split('\n').length - 1
    if (lines > MAX_LINES)
      problems.push(`${name} has ${lines} lines: split it (at most ${MAX_LINES}).`)
  }
  for (const circle of circles(importGraph(root, files)))
    problems.push(`Import circle: ${circle.join(' -> ')}`)
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = layoutProblems(process.cwd())
  for (const problem of problems) console.error(problem)
  process.exitCode = problems.length > 0 ? 1 : 0
}
