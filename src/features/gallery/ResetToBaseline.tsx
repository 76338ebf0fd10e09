import { useEffect, useRef, useState } from 'react'
import {
  selectIsEdited,
  selectScenarioId,
  selectScenarioName,
  useAppActions,
  useAppStore,
} from '../../store'

/**
 * "Reset to preset": discards every edit after asking (WAI-ARIA dialog: focus moves into it, Escape
 * cancels, focus goes back to the button). Unlike the playback bar's Restart, which keeps the edits.
 */
export function ResetToBaseline() {
  const edited = useAppStore(selectIsEdited)
  const fromGallery = useAppStore(selectScenarioId) !== undefined
  const name = useAppStore(selectScenarioName)
  const { resetToBaseline } = useAppActions()
  const [asking, setAsking] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  const what = fromGallery ? 'preset' : 'opened file'

  useEffect(() => {
    const d = dialog.current
    if (asking && d !== null && !d.open) d.showModal()
  }, [asking])

  function close(reset: boolean): void {
    // Closed before focusing: while a modal dialog is open, the rest of the page is inert.
    dialog.current?.close()
    setAsking(false)
    if (reset) resetToBaseline()
    trigger.current?.focus()
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="button button--small"
        data-testid="scenario.resetToBaseline"
        // aria-disabled, not disabled: the button stays focusable, so focus can come back to it after
        // the reset it triggered has left nothing to reset.
        aria-disabled={!edited}
        title={
          edited
            ? `Discard all your edits and reload the ${what} as it was opened`
            : `Nothing to reset: this is the ${what} as it was opened`
        }
        onClick={() => {
          if (edited) setAsking(true)
        }}
      >
        Reset to {what}…
      </button>
      {asking && (
        <dialog
          ref={dialog}
          className="gallery__dialog"
          aria-labelledby="reset-title"
          aria-describedby="reset-text"
          data-testid="scenario.resetConfirm"
          onCancel={(e) => {
            e.preventDefault()
            close(false)
          }}
        >
          <h2 id="reset-title">Discard all your edits?</h2>
          <p id="reset-text">
            The handler, the settings and the table of “{name}” go back to the {what} as it was
            opened, and the run restarts. Export first to keep a copy of your work.
          </p>
          <div className="row">
            <button
              type="button"
              className="button"
              data-testid="scenario.resetConfirm.keep"
              autoFocus
              onClick={() => close(false)}
            >
              Keep my work
            </button>
            <button
              type="button"
              className="button button--primary"
              data-testid="scenario.resetConfirm.discard"
              onClick={() => close(true)}
            >
              Discard my edits
            </button>
          </div>
        </dialog>
      )}
    </>
  )
}
