/**
 * Checks on the repository itself that a newcomer meets first: `npm install` prints no install-script
 * warning, and the README and docs link only to files that exist in the repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown

describe('npm install prints no install-script warning', () => {
  it('every dependency with an install script is listed in allowScripts', () => {
    const lock = json('package-lock.json') as {
      packages: Record<string, { hasInstallScript?: boolean }>
    }
    const pkg = json('package.json') as { allowScripts?: Record<string, boolean> }
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
    const uncovered = withScripts.filter((name) => pkg.allowScripts?.[name] === undefined)
    expect(uncovered).toEqual([])
  })
})

/** Markdown links `[text](target)` that are not web addresses or in-page anchors. */
function localLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].split('#')[0])
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target))
}

const markdownFiles = [
  'README.md',
  'src/engine/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

describe('the README and docs link only inside the repository', () => {
  it.each(markdownFiles)('%s', (file) => {
    const broken = localLinks(readFileSync(join(ROOT, file), 'utf8')).filter((target) => {
      const path = resolve(ROOT, dirname(file), target)
      return !path.startsWith(`${ROOT}/`) || !existsSync(path)
    })
    expect(broken).toEqual([])
  })
})
