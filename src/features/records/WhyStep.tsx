import type { RecordStep } from '../../engine'
import { formatElapsed } from '../../lib/units'
import { classifySource, describeStep } from '../../store'

/** One step of a record's history: when, what, and the rules behind it (docs/semantics.md) with how firm they are. */
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
