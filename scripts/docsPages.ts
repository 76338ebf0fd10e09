/**
 * Vite plugin: serves the repository's docs/ with the app, as `docs/<name>.html` (and its pictures), in dev
 * and in build. The record history links each rule to its anchor here (`docs/semantics.html#A4.3`), so the
 * link works offline and always shows the docs of the version being run.
 * Runs in Node (vite.config.ts).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Marked, type Tokens } from 'marked'
import type { Plugin } from 'vite'

const DOCS = 'docs'
const STYLE = `
  :root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
  body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
  table { border-collapse: collapse; display: block; overflow-x: auto; }
  th, td { border: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding: 0.2rem 0.5rem;
    vertical-align: top; }
  code { font-size: 0.9em; overflow-wrap: anywhere; }
  pre { overflow-x: auto; padding: 0.5rem; border: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
  img { max-width: 100%; height: auto; }
  [id] { scroll-margin-top: 1rem; }
  li:has(> a:target), li:has(> p > a:target) { background: color-mix(in srgb, #e8a200 15%, transparent); }
`

/** A link between docs stays a link to the served page; a link to another repository file becomes its path. */
function renderLink({ href, text }: Tokens.Link): string {
  if (/^([a-z]+:|#)/i.test(href)) return `<a href="${href}">${text}</a>`
  const doc = /^([\w-]+)\.md(#.*)?$/.exec(href)
  if (doc) return `<a href="${doc[1]}.html${doc[2] ?? ''}">${text}</a>`
  if (/^[\w-]+\.svg$/.test(href)) return `<a href="${href}">${text}</a>`
  // public/ is served at the app's root, one level above docs/.
  const published = /^\.\.\/public\/([\w.-]+)$/.exec(href)
  if (published) return `<a href="../${published[1]}">${text}</a>`
  return `${text} (<code>${href.replace(/^(\.\.\/)+/, '')}</code> in the repository)`
}

export function renderDocPage(markdown: string): string {
  const marked = new Marked({ gfm: true, renderer: { link: renderLink } })
  const body = marked.parse(markdown, { async: false })
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Documentation'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<p><a href="../">← Back to the playground</a> · <a href="README.html">Documentation index</a></p>
${body}
</body>
</html>
`
}

/** Every page the app serves: `docs/<name>.html` for each Markdown file, and the pictures as they are. */
export function docsPageFiles(root: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(join(root, DOCS))) {
    const text = readFileSync(join(root, DOCS, name), 'utf8')
    if (name.endsWith('.md')) files.set(`${DOCS}/${name.slice(0, -3)}.html`, renderDocPage(text))
    else if (name.endsWith('.svg')) files.set(`${DOCS}/${name}`, text)
  }
  return files
}

export function docsPages(): Plugin {
  let root = ''
  return {
    name: 'docs-pages',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0].replace(/^\//, '')
        const page = path.startsWith(`${DOCS}/`) ? docsPageFiles(root).get(path) : undefined
        if (page === undefined) return next()
        res.setHeader('Content-Type', path.endsWith('.svg') ? 'image/svg+xml' : 'text/html')
        res.end(page)
      })
    },
    generateBundle() {
      for (const [fileName, source] of docsPageFiles(root)) {
        this.emitFile({ type: 'asset', fileName, source })
      }
    },
  }
}
