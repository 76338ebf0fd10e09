/**
 * Reads docs/semantics.md into data: its section anchors and its rules, each rule with its title, firmness and
 * source links. The citation test and the rule-catalog generator both read the doc through this.
 *
 * Conventions (stated in docs/semantics.md, "How to read this page"):
 * - a rule is a list entry `- <a id="A1.1"></a>**A1.1 Title.** …`, or a section without sub-rules (A10–A12),
 *   whose text is the rule;
 * - a section with sub-rules (A1 … A9, C, D) is a heading, not a rule: code may cite it, and need not;
 * - a rule marked **Not modelled** describes something the engine does not do, so nothing cites it;
 * - a rule's first firmness is its own; in C and D that is always "simulator decision".
 */

import type { DocRule, Firmness } from '../src/engine'

export interface ParsedRule extends DocRule {
  readonly id: string
}

export interface SemanticsDoc {
  /** Anchors of headings (A1, C, sources …): citable, not rules. */
  readonly sections: readonly string[]
  readonly rules: readonly ParsedRule[]
}

/** An id the code can cite: A4, A4.4, C7, D13. */
export const RULE_ID = /^[ACD]\d{0,2}(\.\d{1,2})?$/

const FIRMNESS_MARKERS: readonly [RegExp, Firmness][] = [
  [/_AWS documented_|\(_AWS documented_|AWS documented_/i, 'documented'],
  [/_Observed on AWS \(Kinesis\)_/i, 'observed-kinesis'],
  [/_observed on AWS_|_Observed on AWS_|observed on AWS_/, 'observed'],
  [
    /_Simulator decision|\*\*Decision\b|simulator decision_|\*\*simulator decision\*\*/i,
    'decision',
  ],
]

interface Block {
  readonly id: string
  readonly kind: 'section' | 'entry'
  lines: string[]
}

function blocks(markdown: string): Block[] {
  const out: Block[] = []
  let current: Block | undefined
  for (const line of markdown.split('\n')) {
    const entry = /^- <a id="([^"]+)"><\/a>/.exec(line)
    const section = /^<a id="([^"]+)"><\/a>\s*$/.exec(line)
    if (entry || section) {
      current = { id: (entry ?? section)![1], kind: entry ? 'entry' : 'section', lines: [line] }
      out.push(current)
    } else if (/^---\s*$/.test(line)) {
      current = undefined
    } else {
      current?.lines.push(line)
    }
  }
  return out
}

function referenceLinks(markdown: string): Map<string, string> {
  const refs = new Map<string, string>()
  for (const m of markdown.matchAll(/^\[([^\]]+)\]:\s*(\S+)\s*$/gm)) refs.set(m[1], m[2])
  return refs
}

/** A page AWS publishes: its guides, its news, or the awsdocs repositories the guides are built from. */
export function isAwsPage(url: string): boolean {
  return /^https:\/\/((docs\.)?aws\.amazon\.com|github\.com\/awsdocs)\//.test(url)
}

function sourcesOf(text: string, refs: Map<string, string>): string[] {
  const urls: string[] = []
  for (const m of text.matchAll(/\]\[([^\]]+)\]|\]\((https?:[^)\s]+)\)/g)) {
    const url = m[2] ?? refs.get(m[1])
    if (url !== undefined && /^https?:/.test(url) && !urls.includes(url)) urls.push(url)
  }
  // AWS's guides first, then its other pages (news, pinned copies of the guides), then the rest: the app links
  // the first AWS page as "AWS docs".
  const rank = (url: string) =>
    /^https:\/\/docs\.aws\.amazon\.com\//.test(url) ? 0 : isAwsPage(url) ? 1 : 2
  return urls
    .map((url, i) => ({ url, i }))
    .sort((a, b) => rank(a.url) - rank(b.url) || a.i - b.i)
    .map((x) => x.url)
}

function firmnessOf(markdown: string): Firmness[] {
  // Markers may wrap across lines ("_AWS\n  documented_").
  const text = markdown.replace(/\s+/g, ' ')
  const found = FIRMNESS_MARKERS.map(([re, f]) => ({ f, at: text.search(re) })).filter(
    (x) => x.at >= 0,
  )
  return found.sort((a, b) => a.at - b.at).map((x) => x.f)
}

function titleOf(block: Block): string {
  const text = block.lines.join('\n')
  const entry = /\*\*[ACD][\d.]+ (.+?)\.?\*\*/.exec(text)
  if (block.kind === 'entry' && entry) return entry[1].replace(/`/g, '')
  const heading = /^##+ [ACD][\d.]*\.? (.+)$/m.exec(text)
  return (heading?.[1] ?? block.id).replace(/`/g, '')
}

export function parseSemantics(markdown: string): SemanticsDoc {
  const refs = referenceLinks(markdown)
  const all = blocks(markdown)
  const parents = new Set(
    all
      .filter((b) => b.kind === 'entry')
      .map((b) => (b.id.includes('.') ? b.id.split('.')[0] : b.id[0])),
  )
  const sections: string[] = []
  const rules: (ParsedRule & { cites: string[] })[] = []
  let intro: Firmness[] = []
  let introSources: string[] = []
  // C and D say "every entry here is a simulator decision": what an entry observed is evidence for the decision.
  let sectionDecides = false
  for (const block of all) {
    if (!RULE_ID.test(block.id)) continue
    const text = block.lines.join('\n')
    if (block.kind === 'section') {
      // A section's text up to its first entry states the firmness its entries inherit.
      intro = firmnessOf(text)
      introSources = sourcesOf(text, refs)
      sectionDecides = /^[CD]$/.test(block.id)
      if (parents.has(block.id)) {
        sections.push(block.id)
        continue
      }
    }
    const own = firmnessOf(text)
    const sources = sourcesOf(text, refs)
    rules.push({
      id: block.id,
      title: titleOf(block),
      // An entry that states no firmness inherits its section's ("unless an entry says otherwise").
      firmness: sectionDecides ? [...new Set([...intro, ...own])] : own.length > 0 ? own : intro,
      sources: sources.length > 0 || block.kind === 'section' ? sources : introSources,
      notModelled: /\*\*Not modelled\b/.test(text),
      cites: [...text.matchAll(/\]\(#([ACD][\d.]+)\)/g)].map((m) => m[1]),
    })
  }
  return {
    sections,
    rules: rules.map(({ cites, ...rule }) => withCitedSources(rule, cites, rules)),
  }
}

/**
 * Where AWS is silent, a decision's AWS sources are those of the AWS rules it links to: the pages that leave
 * the point open. Its own links, when it has some, come first.
 */
function withCitedSources(
  rule: ParsedRule,
  cites: readonly string[],
  rules: readonly ParsedRule[],
): ParsedRule {
  const borrowed = cites.flatMap(
    (id) => rules.find((r) => r.id === id && /^A/.test(id))?.sources ?? [],
  )
  return { ...rule, sources: [...new Set([...rule.sources, ...borrowed])] }
}
