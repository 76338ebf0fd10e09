/** `npm run docs:generate`: rewrites the files derived from the docs and the validator (scripts/docArtifacts.ts). */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { allArtifacts, ROOT } from './docArtifacts'

for (const artifact of await allArtifacts()) {
  writeFileSync(join(ROOT, artifact.path), artifact.text)
  console.log(`wrote ${artifact.path}`)
}
