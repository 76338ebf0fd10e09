import type { RecordStep } from '../../engine'
import { formatElapsed } from '../../lib/units'
import { classifySource, describeStep } from '../../store'
import type { StepNote } from '../../store'
import { StepNoteLine } from './StepNoteLine'

/** One step of a record's history: when, what, and the rules behind it (docs/semantics.md) with how firm they are. */
export function WhyStep(props: {
  step: RecordStep
  index: number
  recordIndex: number
  note: StepNote | undefined
}) {
  const { step, index, recordIndex, note } = props
  const id = `why.step.${index}`
  const source = classifySource(step)
  return (
    <li className="why-step" data-testid={id}>
      <span className="why-step__time" data-testid={`${id}.time`}>
        {formatElapsed(step.atMs)}
      </span>
      <span data-testid={`${id}.what`}>{describeStep(step)}</span>
      {note && <StepNoteLine note={note} id={id} recordIndex={recordIndex} />}
      {source.kind !== 'none' && (
        <span className="why-step__rule">
          <span className={`source source--${source.kind}`} data-testid={`${id}.source`}>
            {source.label}
          </span>{' '}
          {source.rules.map((rule) => (
            <a
              key={rule.id}
              href={rule.href}
              target="_blank"
              rel="noreferrer"
              data-testid={`${id}.rule.${rule.id}`}
            >
              {rule.id} {rule.title}
            </a>
          ))}{' '}
          {source.url && (
            <a href={source.url} target="_blank" rel="noreferrer">
              AWS docs
            </a>
          )}
        </span>
      )}
    </li>
  )
}
