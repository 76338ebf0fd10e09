import { useId, useState } from 'react'
import { plural } from '../../lib/plural'
import { formatElapsed } from '../../lib/units'
import type { HistoryLine, StepNote } from '../../store'
import { WhyStep } from './WhyStep'

/** A run of identical retry cycles as one line; its steps open on demand (thousands in a day-long run). */
export function RetryGroup(props: {
  line: Extract<HistoryLine, { kind: 'retries' }>
  recordIndex: number
  notes: ReadonlyMap<number, StepNote>
}) {
  const { line, recordIndex, notes } = props
  const [open, setOpen] = useState(false)
  const stepsId = useId()
  const id = `why.group.${line.steps[0].index}`
  return (
    <li className="why-step why-step--group" data-testid={id}>
      <span className="why-step__time">{formatElapsed(line.fromMs)}</span>
      <button
        type="button"
        className="why-group__toggle"
        data-testid={`${id}.toggle`}
        aria-expanded={open}
        aria-controls={stepsId}
        onClick={() => setOpen(!open)}
      >
        retried {plural(line.count, 'time')} between {formatElapsed(line.fromMs)} and{' '}
        {formatElapsed(line.toMs)}
      </button>
      <ol className="why__steps" id={stepsId} hidden={!open}>
        {open &&
          line.steps.map((n) => (
            <WhyStep
              key={n.index}
              step={n.step}
              index={n.index}
              recordIndex={recordIndex}
              note={notes.get(n.index)}
            />
          ))}
      </ol>
    </li>
  )
}
