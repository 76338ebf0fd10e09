import { useEffect, useRef, useState } from 'react'
import { LINK_LIMIT } from '../../lib/shareLink'
import { formatCount, plural } from '../../lib/plural'
import { useAppActions } from '../../store'
import { downloadText } from './download'

/**
 * The link itself (selectable), its length and, above what chat apps and issue trackers keep, a
 * warning that offers the scenario file instead. A modal <dialog>: focus stays inside, Escape closes.
 */
export function ShareDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const { exportScenario } = useAppActions()
  const dialog = useRef<HTMLDialogElement>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  const [status, setStatus] = useState('')
  const tooLong = url.length > LINK_LIMIT

  function close(): void {
    // Closed first: while a modal dialog is open the rest of the page is inert and cannot take focus.
    dialog.current?.close()
    onClose()
  }

  useEffect(() => {
    const d = dialog.current
    // Guarded because StrictMode runs effects twice; showModal focuses the link field (autoFocus).
    if (d !== null && !d.open) d.showModal()
    // A link pasted into the address bar meanwhile opens another scenario: this link would be stale.
    window.addEventListener('hashchange', close)
    return () => window.removeEventListener('hashchange', close)
    // Once per opening: `close` only ever closes this dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(url)
      setStatus(`Link copied (${plural(url.length, 'character')}).`)
    } catch {
      // No permission or no secure context: the selected field lets the user copy it by hand.
      setStatus('Press Ctrl+C (⌘C) to copy the selected link.')
      field.current?.focus()
      field.current?.select()
    }
  }

  function download(): void {
    const { fileName, text } = exportScenario()
    downloadText(fileName, text)
    setStatus(`Downloaded ${fileName}.`)
  }

  return (
    <dialog
      ref={dialog}
      className="gallery__dialog share-dialog"
      aria-labelledby="share-title"
      aria-describedby="share-about"
      data-testid="scenario.share.dialog"
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      <h2 id="share-title">Share this scenario</h2>
      <p id="share-about">
        The link carries the whole scenario, edits included, in its address: no server keeps it.
      </p>
      <label className="share-dialog__label" htmlFor="share-link">
        Link to this scenario
      </label>
      <textarea
        ref={field}
        id="share-link"
        className="share-dialog__link"
        data-testid="scenario.share.link"
        aria-describedby={tooLong ? 'share-length share-warning' : 'share-length'}
        readOnly
        autoFocus
        rows={4}
        spellCheck={false}
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id="share-length" className="share-dialog__length" data-testid="scenario.share.length">
        {plural(url.length, 'character')}
      </p>
      {tooLong && (
        <p
          id="share-warning"
          className="share-dialog__warning"
          data-testid="scenario.share.warning"
        >
          {`This link is longer than ${formatCount(LINK_LIMIT)} characters: chat and issue trackers cut longer links. Share the scenario file instead.`}
        </p>
      )}
      <p className="share-dialog__status" role="status" data-testid="scenario.share.status">
        {status}
      </p>
      <div className="row share-dialog__actions">
        <button
          type="button"
          className={tooLong ? 'button' : 'button button--primary'}
          data-testid="scenario.share.copy"
          onClick={() => void copy()}
        >
          Copy link
        </button>
        <button
          type="button"
          className={tooLong ? 'button button--primary' : 'button'}
          data-testid="scenario.share.download"
          onClick={download}
        >
          Download the scenario file
        </button>
        <button type="button" className="button" data-testid="scenario.share.close" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  )
}
