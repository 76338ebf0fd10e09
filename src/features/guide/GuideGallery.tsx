import { useEffect, useRef, useState } from 'react'
import { GUIDES } from '../../guides'
import { useAppActions } from '../../store'
import { watchWords } from './watchWords'

/**
 * The header's "Guided scenarios" button and its modal list (a native <dialog>: focus trapped, Escape
 * closes, focus back on the button). Picking one opens its example with the guide's callouts.
 */
export function GuideGallery() {
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const { openGuide } = useAppActions()

  useEffect(() => {
    const d = dialog.current
    // Guarded: StrictMode runs effects twice.
    if (open && d !== null && !d.open) d.showModal()
  }, [open])

  const close = () => {
    dialog.current?.close()
    setOpen(false)
    button.current?.focus()
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        data-testid="guide.gallery.open"
        onClick={() => setOpen(true)}
      >
        Guided scenarios
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="guide-gallery"
          aria-labelledby="guide-gallery-title"
          aria-describedby="guide-gallery-text"
          data-testid="guide.gallery"
          onCancel={(e) => {
            e.preventDefault()
            close()
          }}
        >
          <h2 id="guide-gallery-title">Guided scenarios</h2>
          <p id="guide-gallery-text" className="muted">
            Each plays an example and pauses at the moments that matter, pointing at where to look.
            Times are for watching, without the pauses.
          </p>
          <ol className="guide-gallery__list">
            {GUIDES.map((g) => (
              <li key={g.id}>
                <button
                  type="button"
                  className="guide-gallery__item"
                  data-testid={`guide.pick.${g.id}`}
                  onClick={() => {
                    close()
                    openGuide(g.id)
                  }}
                >
                  <span className="guide-gallery__title">{g.title}</span>
                  <span className="guide-gallery__summary">{g.summary}</span>
                  <span className="guide-gallery__time muted">
                    {g.steps.length} stops · {watchWords(g)}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          <div className="row">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </div>
        </dialog>
      )}
    </>
  )
}
