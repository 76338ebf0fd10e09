import { useEffect, useRef } from 'react'
import { selectPendingScenario, selectScenarioName, useAppActions, useAppStore } from '../../store'
import type { PendingScenario } from '../../store'

/** Each choice is named for what it does, in the words of where the new scenario comes from. */
const WORDING: Record<PendingScenario['source'], { title: string; open: string }> = {
  link: { title: 'Open the shared scenario?', open: 'Open the shared scenario' },
  file: { title: 'Open the imported file?', open: 'Open the imported file' },
  gallery: { title: 'Discard your changes?', open: 'Discard my changes and load' },
}

/** Says where the new scenario comes from: an edited link may carry the same name as the user's work. */
const SOURCE_NOUN: Record<PendingScenario['source'], string> = {
  link: 'the shared scenario',
  file: 'the file',
  gallery: 'the gallery scenario',
}

/** Asks before a new scenario replaces one the user has edited: their work never goes silently. */
export function SwitchDialog() {
  const pending = useAppStore(selectPendingScenario)
  const current = useAppStore(selectScenarioName)
  const { confirmPending, cancelPending } = useAppActions()
  const dialog = useRef<HTMLDialogElement>(null)
  /** Where focus was when the dialog opened (the Scenario select, Import…): it goes back there. */
  const returnTo = useRef<Element | null>(null)

  useEffect(() => {
    const d = dialog.current
    // A modal <dialog> traps focus and answers Escape; guarded because StrictMode runs effects twice.
    if (d !== null && pending !== undefined && !d.open) {
      returnTo.current = document.activeElement
      d.showModal()
    }
  }, [pending])

  if (pending === undefined) return null
  const wording = WORDING[pending.source]
  const answer = (choice: () => void) => () => {
    // Closed first: while a modal dialog is open the rest of the page is inert and cannot take focus.
    dialog.current?.close()
    choice()
    if (returnTo.current instanceof HTMLElement) returnTo.current.focus()
  }
  return (
    <dialog
      ref={dialog}
      className="gallery__dialog"
      aria-labelledby="switch-title"
      aria-describedby="switch-text"
      data-testid="scenario.confirm"
      onCancel={(e) => {
        e.preventDefault()
        answer(cancelPending)()
      }}
    >
      <h2 id="switch-title">{wording.title}</h2>
      <p id="switch-text">
        You have edited “{current}”. Opening {SOURCE_NOUN[pending.source]} “{pending.name}” replaces
        your work; Export it first to keep a copy.
      </p>
      <div className="row">
        <button
          type="button"
          className="button"
          data-testid="scenario.confirm.keep"
          autoFocus
          onClick={answer(cancelPending)}
        >
          Keep my work
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="scenario.confirm.discard"
          onClick={answer(confirmPending)}
        >
          {wording.open}
        </button>
      </div>
    </dialog>
  )
}
