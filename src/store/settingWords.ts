/**
 * The plain-words line under AWS's message for a refused setting: what the setting takes, and that the run
 * keeps the last valid value meanwhile (the typed text stays in the field as a draft). Pure.
 */
import { findParameter } from '../engine'
import type { IntegerParameter } from '../engine'
import type { Section } from './scenarioEdit'

const number = (n: number) => n.toLocaleString('en-US')

const UNIT_WORDS: Record<IntegerParameter['unit'], string> = {
  records: 'records',
  retries: 'retries',
  s: 'seconds',
  'batches per shard': 'batches per shard',
  MB: 'MB',
  executions: 'executions',
}

/** What an integer setting takes, in words: "a whole number of records from 1 to 10,000". */
function integerWords(p: IntegerParameter): string {
  const unit = UNIT_WORDS[p.unit]
  const from = p.gap?.from ?? p.min
  const span = `a whole number of ${unit} from ${number(from)} to ${number(p.max)}`
  if (p.special !== undefined && p.gap !== undefined)
    return `${number(p.special.value)} (${p.special.meaning}) or ${span}`
  if (p.special !== undefined)
    return `${span}, where ${number(p.special.value)} means ${p.special.meaning}`
  return p.default === null ? `${span}, or nothing for unreserved` : span
}

/**
 * "BatchSize takes a whole number of records from 1 to 10,000: the run keeps using 100, the last valid value,
 * until you enter one." `inEffect` is the value the run uses, as the field would show it ('' = AWS's default).
 */
export function settingPlainWords(
  section: Section,
  name: string,
  inEffect: string,
  defaultText: string,
): string {
  const p = findParameter(section, name)
  const kept = inEffect === '' ? `the default, ${defaultText}` : `${inEffect}, the last valid value`
  if (p?.type !== 'integer')
    return `The run keeps using the last valid ${name} until you fix this one.`
  return `${name} takes ${integerWords(p)}: the run keeps using ${kept}, until you enter one.`
}
