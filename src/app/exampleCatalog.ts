/**
 * The gallery's examples: every `examples/*.json`. Only their names are in the first-load bundle (the
 * JSON modules' `name` exports; tree-shaking drops the rest). Each whole file is a separate `?raw`
 * module, its own chunk, fetched when picked: 13 scenarios cost the first load almost nothing.
 */
import type { CatalogEntry, ScenarioFile } from '../store'

const names = import.meta.glob<string>('/examples/*.json', { eager: true, import: 'name' })
const texts = import.meta.glob<string>('/examples/*.json', { query: '?raw', import: 'default' })

/** Gallery ids are the file names without `.json` (`?scenario=bisect-poison-pill` opens one). */
export const EXAMPLE_CATALOG: readonly CatalogEntry[] = Object.entries(texts)
  .map(([path, text]) => ({
    id: path.replace(/^.*\/|\.json$/g, ''),
    name: names[path] ?? path,
    load: async () => JSON.parse(await text()) as ScenarioFile,
  }))
  .sort((a, b) => a.name.localeCompare(b.name))
