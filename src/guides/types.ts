/**
 * A guided scenario: an example file from examples/ plus narration steps that appear at the moment their
 * trigger happens in the run (playback pauses there), the last one stating the outcome.
 */
import type { DocRuleId, SimEvent } from '../engine'

/** The part of the screen a step points at: a Pipeline stage, the Bisect panel or the IteratorAge chart. */
export type GuideLook =
  'writes' | 'shards' | 'mapping' | 'function' | 'outcomes' | 'bisect' | 'iterator-age'

type EventType = SimEvent['type']

/**
 * When a step appears: the `nth` (default 1) event of the run of that type whose fields equal `where`
 * (`{ outcome: 'error' }`, `{ kind: 'sqs' }`, `{ state: 'Enabled' }`), or the moment virtual time reaches `atMs`.
 */
export type GuideTrigger =
  | {
      readonly event: EventType
      readonly nth?: number
      readonly where?: Readonly<Record<string, string | number | boolean>>
    }
  | { readonly atMs: number }

/**
 * How playback goes on after "Continue": event-paced, real time × this many, or `fast`: as fast as the
 * handlers allow, as "Run to end" does, up to the next step (a day-long fast-forward). `paced` and × N stay
 * set for the stretches after; `fast` is for the next stretch only.
 */
export type GuideSpeed = 'paced' | number | 'fast'

export interface GuideStep {
  readonly trigger: GuideTrigger
  readonly title: string
  /** One or two sentences: what to look at and why. */
  readonly text: string
  /** The rule of docs/semantics.md behind it. */
  readonly rule: DocRuleId
  readonly look: GuideLook
  readonly speedAfter?: GuideSpeed
}

export interface Guide {
  /** `?guide=<id>`; also the key of its measured watch time. */
  readonly id: string
  /** The example it plays: `examples/<example>.json`. */
  readonly example: string
  readonly title: string
  /** One line for the gallery. */
  readonly summary: string
  /** Shown before the run starts, with the Start button. */
  readonly intro: string
  readonly steps: readonly GuideStep[]
}
