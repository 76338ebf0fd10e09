/**
 * Time-lapse draws the function's execution environments as the shard strips draw their chips: environments
 * in the same state (warm and idle, busy, …) as one counted box, a state's lone environment as its own box.
 * However many environments the run has, the stage draws at most four boxes and four batches. Pure.
 */
import { formatCount, plural } from '../../lib/plural'
import type { EnvBox } from './functionModel'

export type EnvState = EnvBox['state']

export interface EnvGroup {
  readonly state: EnvState
  readonly count: number
  /** `env 1–12`, or the first few ids when they are not consecutive: `env 1, 4, 9 …` */
  readonly ids: string
  /** `3 environments · cold start, busy` */
  readonly text: string
}

const ORDER: readonly EnvState[] = ['cold', 'busy', 'warm', 'killed']
/** Ids listed in a group's box before "…". */
const IDS_SHOWN = 4

const WORDS: Record<EnvState, string> = {
  cold: 'cold start, busy',
  busy: 'warm, busy',
  warm: 'warm, idle',
  killed: 'killed after a timeout',
}

function idsText(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b)
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (last - first === sorted.length - 1) return `env ${first}–${last}`
  const shown = sorted.slice(0, IDS_SHOWN).join(', ')
  return `env ${shown}${sorted.length > IDS_SHOWN ? ' …' : ''}`
}

/** The boxes to draw, by state: a group for two or more environments in one state, else the box itself. */
export function collapseEnvs(envs: readonly EnvBox[]): (EnvBox | EnvGroup)[] {
  return ORDER.flatMap((state): (EnvBox | EnvGroup)[] => {
    const inState = envs.filter((e) => e.state === state)
    if (inState.length < 2) return inState
    const count = inState.length
    return [
      {
        state,
        count,
        ids: idsText(inState.map((e) => e.id)),
        text: `${plural(count, 'environment')} · ${WORDS[state]}`,
      },
    ]
  })
}

export function isGroup(box: EnvBox | EnvGroup): box is EnvGroup {
  return 'count' in box
}

/** `15 environments: 3 busy · 12 warm`: how many in each state (a cold start is busy too), busy first. */
export function envSummary(envs: readonly EnvBox[]): string {
  const count = (...states: EnvState[]) => envs.filter((e) => states.includes(e.state)).length
  const parts: [number, string][] = [
    [count('cold', 'busy'), 'busy'],
    [count('warm'), 'warm'],
    [count('killed'), 'killed'],
  ]
  const states = parts
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${formatCount(n)} ${word}`)
    .join(' · ')
  return `${plural(envs.length, 'environment')}: ${states}`
}
