import type { StepNote } from '../../store'
import { useAppActions } from '../../store'

/** The why behind a step, under it: a rewind, a filter verdict, a trim; with its rule or the Filter lab. */
export function StepNoteLine(props: { note: StepNote; id: string; recordIndex: number }) {
  const { note, id, recordIndex } = props
  const { openFilterLab } = useAppActions()
  return (
    <span className="why-step__note" data-testid={`${id}.note`}>
      {note.text}{' '}
      {note.rule && (
        <a href={note.rule.href} target="_blank" rel="noreferrer" data-testid={`${id}.note.rule`}>
          {note.rule.id} {note.rule.title}
        </a>
      )}
      {note.filterLab && (
        <button
          type="button"
          className="button button--small"
          data-testid={`${id}.filterLab`}
          onClick={() => openFilterLab(recordIndex)}
        >
          Open record #{recordIndex} in the Filter lab
        </button>
      )}
    </span>
  )
}
