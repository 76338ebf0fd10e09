#!/usr/bin/env node
// First-load JavaScript budget (issue 5): after `vite build`, sums the gzip size of the JavaScript
// that dist/index.html loads before any lazy import — its module scripts, its modulepreloads and
// everything they import statically — and fails above 200 kB (decimal, as Vite prints sizes).
// Dynamic `import()` targets (Monaco, the sandbox worker source) are excluded: they load later.
// Usage: node scripts/checkBundleBudget.mjs [distDir]
import { existsSync, readFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { parseAst } from 'vite'

const BUDGET_BYTES = 200_000
const distDir = resolve(process.argv[2] ?? 'dist')
const htmlPath = join(distDir, 'index.html')

if (!existsSync(htmlPath)) {
  console.error(`budget: ${htmlPath} not found; run \`npm run build\` first.`)
  process.exit(1)
}

/** Site paths (`/assets/x.js`) of the scripts and modulepreloads the page starts with. */
function entryScripts(html) {
  const paths = []
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isModuleScript = tag.startsWith('<script') && /\btype="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag)
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    // Inline scripts have no src; absolute URLs would be another origin (and break the offline rule).
    if ((isModuleScript || isPreload) && url && !/^[a-z]+:/i.test(url)) paths.push(url)
  }
  return paths
}

/** Specifiers of the static imports and re-exports of one ES module chunk. */
function staticImports(code) {
  const specifiers = []
  for (const node of parseAst(code).body) {
    const isStatic =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source)
    if (isStatic) specifiers.push(node.source.value)
  }
  return specifiers
}

function toSitePath(specifier, fromSitePath) {
  return specifier.startsWith('/')
    ? specifier
    : posix.normalize(posix.join(posix.dirname(fromSitePath), specifier))
}

const seen = new Set()
const queue = entryScripts(readFileSync(htmlPath, 'utf8')).map((path) => posix.normalize(path))
let total = 0
const rows = []
while (queue.length > 0) {
  const sitePath = queue.shift()
  if (seen.has(sitePath)) continue
  seen.add(sitePath)
  const code = readFileSync(join(distDir, sitePath), 'utf8')
  const gzip = gzipSync(code, { level: 9 }).length
  total += gzip
  rows.push({ sitePath, gzip })
  for (const specifier of staticImports(code)) {
    // Bare or remote specifiers cannot appear in a built chunk; only local files are followed.
    if (specifier.startsWith('.') || specifier.startsWith('/'))
      queue.push(toSitePath(specifier, sitePath))
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
for (const { sitePath, gzip } of rows) console.log(`budget:   ${sitePath}  ${kB(gzip)} gzip`)
const verdict = total <= BUDGET_BYTES ? 'OK' : 'OVER BUDGET'
console.log(
  `budget: first-load JavaScript ${kB(total)} gzip (${total} bytes) of ${kB(BUDGET_BYTES)}: ${verdict}`,
)
if (rows.length === 0) {
  console.error('budget: index.html loads no module script; is this a Vite build?')
  process.exit(1)
}
process.exit(total <= BUDGET_BYTES ? 0 : 1)
