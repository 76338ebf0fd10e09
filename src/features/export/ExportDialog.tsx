import './export.css'
import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { tabAfterKey } from '../../app/tabKeys'
import { EXPORT_FORMATS, exportModelOf } from '../../export'
import type { ExportFormat, ExportModelResult } from '../../export'
import { useAppActions } from '../../store'
import { downloadText } from '../gallery/download'

type FormatId = ExportFormat['id']
const IDS = EXPORT_FORMATS.map((f) => f.id)
/** Enough lines to say what is wrong without flooding the dialog. */
const MAX_ERRORS = 5

/**
 * The "Export to AWS" dialog: a modal dialog (Escape closes it, focus goes back to the button) holding one tab
 * per format (WAI-ARIA tabs: ← → Home End), each tab's code in its tab panel with Copy and Download.
 */
export default function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const { exportScenario } = useAppActions()
  // The scenario as Export writes it, read once: the dialog shows the setup at the moment it was opened.
  const [result] = useState<ExportModelResult>(() =>
    exportModelOf(JSON.parse(exportScenario().text)),
  )
  const [tab, setTab] = useState<FormatId>('cli')
  const [status, setStatus] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const code = useRef<HTMLPreElement>(null)
  const tabs = useRef(new Map<FormatId, HTMLButtonElement>())

  useEffect(() => {
    const d = dialog.current
    // Guarded: StrictMode runs effects twice. Focus goes to the selected tab, not the first button (Close).
    if (d !== null && !d.open) d.showModal()
    tabs.current.get('cli')?.focus()
  }, [])

  const format = EXPORT_FORMATS.find((f) => f.id === tab) ?? EXPORT_FORMATS[0]
  const text = result.ok ? format.generate(result.model) : ''

  function close(): void {
    dialog.current?.close()
    onClose()
  }

  function onTabKey(event: KeyboardEvent<HTMLDivElement>): void {
    const next = tabAfterKey(IDS, tab, event.key)
    if (next === undefined) return
    event.preventDefault()
    setTab(next)
    setStatus('')
    tabs.current.get(next)?.focus()
  }

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(`${format.label} copied to the clipboard.`)
    } catch {
      // No permission or no secure context: select the code so that the user can copy it by hand.
      const range = document.createRange()
      if (code.current !== null) range.selectNodeContents(code.current)
      getSelection()?.removeAllRanges()
      getSelection()?.addRange(range)
      setStatus('Could not reach the clipboard: the code is selected, copy it with Ctrl+C.')
    }
  }

  return (
    <dialog
      ref={dialog}
      className="export-aws"
      aria-labelledby="export-aws-title"
      aria-describedby="export-aws-text"
      data-testid="exportAws.dialog"
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      <div className="export-aws__head">
        <h2 id="export-aws-title">Export to AWS</h2>
        <button
          type="button"
          className="button button--small"
          data-testid="exportAws.close"
          onClick={close}
        >
          Close
        </button>
      </div>
      <p id="export-aws-text" className="muted">
        This scenario&apos;s table, function and event source mapping, ready to deploy. Each format
        starts with a note of what the simulator simplifies.
      </p>
      {!result.ok ? (
        <div role="alert" data-testid="exportAws.errors">
          <p>The scenario is invalid, so there is nothing to export:</p>
          <ul>
            {result.errors.slice(0, MAX_ERRORS).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <div
            role="tablist"
            aria-label="Formats"
            className="export-aws__tabs"
            onKeyDown={onTabKey}
          >
            {EXPORT_FORMATS.map((f) => (
              <button
                key={f.id}
                ref={(el) => {
                  if (el) tabs.current.set(f.id, el)
                  else tabs.current.delete(f.id)
                }}
                type="button"
                role="tab"
                id={`export-tab-${f.id}`}
                aria-selected={tab === f.id}
                aria-controls={`export-panel-${f.id}`}
                tabIndex={tab === f.id ? 0 : -1}
                data-testid={`exportAws.tab.${f.id}`}
                className="tab"
                onClick={() => {
                  setTab(f.id)
                  setStatus('')
                }}
              >
                {f.label}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`export-panel-${tab}`}
            aria-labelledby={`export-tab-${tab}`}
            className="export-aws__panel"
            data-testid="exportAws.panel"
          >
            <div className="row export-aws__actions">
              <button
                type="button"
                className="button button--small"
                data-testid="exportAws.copy"
                aria-label={`Copy the ${format.label} code`}
                onClick={() => void copy()}
              >
                Copy
              </button>
              <button
                type="button"
                className="button button--small"
                data-testid="exportAws.download"
                aria-label={`Download ${format.fileName}`}
                onClick={() => downloadText(format.fileName, text)}
              >
                Download {format.fileName}
              </button>
              <span role="status" data-testid="exportAws.status">
                {status}
              </span>
            </div>
            {/* Focusable so that the code scrolls with the keyboard too. */}
            <pre
              ref={code}
              className="export-aws__code"
              role="region"
              tabIndex={0}
              aria-label={`${format.label} code`}
              data-testid="exportAws.code"
            >
              <code>{text}</code>
            </pre>
          </div>
        </>
      )}
    </dialog>
  )
}
