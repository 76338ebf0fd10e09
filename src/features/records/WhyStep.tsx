import type { RecordStep } from '../../engine'
import { formatElapsed } from '../../lib/units'
import { classifySource, describeStep } from '../../store'

/** One step of a record's history: when, what, and the rule with how firm its ground is. */
export function WhyStep({ step, index }: { step: RecordStep; index: number }) {
  const id = `why.step.${index}`
  const source = classifySource(step)
  return (
    <li className="why-step" data-testid={id}>
      <span className="why-step__time" data-testid={`${id}.time`}>
        {formatElapsed(step.atMs)}
      </span>
      <span data-testid={`${id}.what`}>{describeStep(step)}</span>
      {source.kind !== 'none' && (
        <span className="why-step__rule">
          <span
            className={`source source--${source.kind}`}
            data-testid={`${id}.source`}
            title={step.source}
          >
            {source.label}
          </span>{' '}
          <span className="muted">
            {step.rule}: {source.detail.replace(/\s*\(https?:[^)]*\)/, '')}
          </span>{' '}
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
