/** How firm a rule's ground is (docs/semantics.md, "How to read this page"). */
export type Firmness = 'documented' | 'observed' | 'observed-kinesis' | 'decision'

/** One rule of docs/semantics.md, as data: the app shows it and links to its anchor. */
export interface DocRule {
  readonly title: string
  /** In the order the entry states them; a rule can be partly documented and partly our decision. */
  readonly firmness: readonly Firmness[]
  /** Web addresses the entry cites (AWS pages first where it cites them), without repeats. */
  readonly sources: readonly string[]
  /** The engine does not do this at all; nothing cites it. */
  readonly notModelled: boolean
}
