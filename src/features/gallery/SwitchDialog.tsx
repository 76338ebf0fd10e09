import { useEffect, useRef } from 'react'
import { selectInfo, selectPendingScenario, useAppActions, useAppStore } from '../../store'

/** Asks before a new scenario replaces one the user has edited: their work never goes silently. */
export function SwitchDialog() {
  const pending = useAppStore(selectPendingScenario)
  const info = useAppStore(selectInfo)
  const { confirmPending, cancelPending } = useAppActions()
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = dialog.current
    // A modal <dialog> traps focus and answers Escape; guarded because StrictMode runs effects twice.
    if (d !== null && pending !== undefined && !d.open) d.showModal()
  }, [pending])

  if (pending === undefined) return null
  return (
    <dialog
      ref={dialog}
      className="gallery__dialog"
      aria-labelledby="switch-title"
      data-testid="scenario.confirm"
      onCancel={(e) => {
        e.preventDefault()
        cancelPending()
      }}
    >
      <h2 id="switch-title">Discard your changes?</h2>
      <p>
        You have edited “{info?.name}”. Loading “{pending.name}” replaces it; Export it first to
        keep a copy.
      </p>
      <div className="row">
        <button
          type="button"
          className="button"
          data-testid="scenario.confirm.keep"
          autoFocus
          onClick={cancelPending}
        >
          Keep editing
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="scenario.confirm.discard"
          onClick={confirmPending}
        >
          Discard and load
        </button>
      </div>
    </dialog>
  )
}
