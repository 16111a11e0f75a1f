// PowerShell syntax errors without PowerShell (pwsh is in neither Debian's archive nor npm as
// more than a downloader): the tree-sitter PowerShell grammar, run as WebAssembly by
// web-tree-sitter, so no native build. It parses; it does not lint or resolve cmdlets.
import { createRequire } from 'node:module'
import { Language, Parser } from 'web-tree-sitter'

const require = createRequire(import.meta.url)
let parser

async function powershellParser() {
  if (parser) return parser
  await Parser.init()
  const language = await Language.load(
    require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')
  )
  parser = new Parser()
  parser.setLanguage(language)
  return parser
}

/** Every ERROR or MISSING node of `text` as `line:column: what`, in order; [] when it parses. */
export async function powershellSyntaxErrors(text) {
  const tree = (await powershellParser()).parse(text)
  const errors = []
  const visit = node => {
    if (node.isError || node.isMissing) {
      const { row, column } = node.startPosition
      const what = node.isMissing
        ? `missing ${node.type}`
        : `cannot parse ${JSON.stringify(node.text.split('\n')[0].slice(0, 60))}`
      errors.push(`${row + 1}:${column + 1}: ${what}`)
      return
    }
    for (const child of node.children) visit(child)
  }
  visit(tree.rootNode)
  tree.delete()
  return errors
}
