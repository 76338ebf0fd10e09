/**
 * Stage 5 of the pipeline: where records end up. A "processed" sink and the failure destinations as inboxes
 * whose count ticks up; each inbox lists its newest messages with their exact JSON. Pure.
 */
import type { ReportDestination } from '../../engine'
import type { SimTallies } from '../../store/simView'
import { clockText } from './words'

/** Messages listed per inbox; the count covers them all. */
export const INBOX_MESSAGES = 5

type Kind = ReportDestination['kind']

export interface InboxMessage {
  /** 1 = the first message this inbox received in the run. */
  readonly number: number
  readonly atText: string
  readonly json: string
}

export interface Inbox {
  readonly kind: Kind
  readonly name: string
  readonly target: string
  readonly count: number
  readonly messages: readonly InboxMessage[]
}

export interface OutcomesStage {
  readonly processed: number
  readonly filtered: number
  readonly expired: number
  readonly inboxes: readonly Inbox[]
}

const NAMES: Record<Kind, string> = { sqs: 'SQS queue', sns: 'SNS topic', s3: 'S3 bucket' }

/** The destination a mapping's OnFailure ARN names, if any. */
export function destinationKind(arn: unknown): Kind | undefined {
  if (typeof arn !== 'string') return undefined
  const service = arn.split(':')[2]
  return service === 'sqs' || service === 'sns' || service === 's3' ? service : undefined
}

export function computeOutcomes(
  tallies: SimTallies,
  destinations: readonly ReportDestination[],
  onFailureArn: unknown,
): OutcomesStage {
  const configured = destinationKind(onFailureArn)
  const kinds = (['sqs', 'sns', 's3'] as const).filter(
    (k) => k === configured || (tallies.delivered[k] ?? 0) > 0,
  )
  const inboxes = kinds.map((kind): Inbox => {
    const mine = destinations.filter((d) => d.kind === kind)
    const count = tallies.delivered[kind] ?? 0
    const shown = mine.slice(-INBOX_MESSAGES)
    const firstNumber = count - shown.length + 1
    return {
      kind,
      name: NAMES[kind],
      target: mine.at(-1)?.target ?? (typeof onFailureArn === 'string' ? onFailureArn : ''),
      count,
      messages: shown.map((d, i) => ({
        number: firstNumber + i,
        atText: clockText(d.atMs),
        json: JSON.stringify(d.sns ?? d.message, null, 2),
      })),
    }
  })
  return {
    processed: tallies.fates.processed ?? 0,
    filtered: tallies.fates.filtered ?? 0,
    expired: tallies.fates.expired ?? 0,
    inboxes,
  }
}
