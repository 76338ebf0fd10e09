/**
 * docs/semantics.md and the code agree: every rule id the code cites has an anchor in the doc, every rule of
 * the doc is cited somewhere in src/ (unless it is Not modelled), every rule states its firmness and, when it
 * rests on AWS, its source; and the rule catalog the app reads is generated from the current doc.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DOC_RULE_IDS_PATH,
  DOC_RULES_PATH,
  docRuleIdsArtifact,
  docRulesArtifact,
  ROOT,
} from './docArtifacts'
import { parseSemantics } from './semanticsDoc'

const doc = parseSemantics(readFileSync(join(ROOT, 'docs/semantics.md'), 'utf8'))
const anchors = new Set([...doc.sections, ...doc.rules.map((r) => r.id)])

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/** `A4.4`, `C7`, `D13`, and ranges such as `D3–D6` or `A7.4–A7.6` (each id in between is cited too). */
const CITATION = /\b([ACD])(\d{1,2})(?:\.(\d{1,2}))?(?:–(?:\1)?(?:(\d{1,2})\.)?(\d{1,2}))?\b/g

function idsOf(match: RegExpMatchArray): string[] {
  const [, letter, major, minor, , rangeEnd] = match
  const id = (n: number) => (minor === undefined ? `${letter}${n}` : `${letter}${major}.${n}`)
  const first = Number(minor ?? major)
  if (rangeEnd === undefined) return [id(first)]
  return Array.from({ length: Number(rangeEnd) - first + 1 }, (_, i) => id(first + i))
}

/** Every citation in src/, with where it is: the generated catalog lists rules, it does not cite them. */
const generated = new Set([DOC_RULES_PATH, DOC_RULE_IDS_PATH].map((path) => join(ROOT, path)))
const citations = filesUnder(join(ROOT, 'src'))
  .filter((path) => !generated.has(path))
  .flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        [...line.matchAll(CITATION)].flatMap((m) =>
          idsOf(m).map((id) => ({ id, at: `${relative(ROOT, path)}:${i + 1}` })),
        ),
      ),
  )
const cited = new Set(citations.map((c) => c.id))

describe('docs/semantics.md and the code cite the same rules', () => {
  it('finds the doc and the citations (the parsers still read them)', () => {
    expect(doc.rules.length).toBeGreaterThan(80)
    expect(doc.sections).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'C', 'D'])
    expect(cited.size).toBeGreaterThan(80)
  })

  it('every id the code cites has an anchor in the doc', () => {
    expect(citations.filter((c) => !anchors.has(c.id))).toEqual([])
  })

  it('every rule of the doc is cited by the code, unless it is Not modelled', () => {
    const uncited = doc.rules.filter((r) => !r.notModelled && !cited.has(r.id)).map((r) => r.id)
    expect(uncited).toEqual([])
  })

  it('every rule states its firmness, and a rule resting on AWS links its source', () => {
    expect(doc.rules.filter((r) => r.firmness.length === 0).map((r) => r.id)).toEqual([])
    const onAws = doc.rules.filter((r) => r.firmness.some((f) => f !== 'decision'))
    expect(onAws.filter((r) => r.sources.length === 0).map((r) => r.id)).toEqual([])
  })

  it('a range such as D3–D6 cites each rule in it', () => {
    const ids = (text: string) => [...text.matchAll(CITATION)].flatMap(idsOf)
    expect(ids('(docs/semantics.md D3–D6)')).toEqual(['D3', 'D4', 'D5', 'D6'])
    expect(ids('A7.4–A7.6, C8 and A4.4/A5.6')).toEqual([
      'A7.4',
      'A7.5',
      'A7.6',
      'C8',
      'A4.4',
      'A5.6',
    ])
  })
})

describe('the rule catalog the app reads', () => {
  it(`is generated from the current doc (run npm run docs:generate)`, async () => {
    for (const artifact of [await docRulesArtifact(), await docRuleIdsArtifact()]) {
      expect(readFileSync(join(ROOT, artifact.path), 'utf8')).toBe(artifact.text)
    }
  })
})

describe('code points only inside the repository for its sources', () => {
  it('no file in src/ cites the old shared spec files', () => {
    const outside = filesUnder(join(ROOT, 'src')).filter((path) =>
      /SEMANTICS\.md|SCENARIO-FORMAT\.md|HOUSE-STYLE\.md|\.\.\/shared\//.test(
        readFileSync(path, 'utf8'),
      ),
    )
    expect(outside).toEqual([])
  })
})
