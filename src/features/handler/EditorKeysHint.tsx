/** Monaco binds the Tab-mode toggle to Ctrl+Shift+M on macOS, where Cmd+M minimizes the window. */
const TOGGLE = /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'Ctrl+Shift+M' : 'Ctrl+M'

/** The editor's footer: what Tab does now, and how to leave the editor by keyboard. */
export function EditorKeysHint({ tabMovesFocus }: { tabMovesFocus: boolean }) {
  return (
    <p className="handler__keys muted" aria-live="polite" data-testid="handler.keys">
      {tabMovesFocus
        ? `Tab moves focus · ${TOGGLE} makes Tab indent`
        : `Tab indents · Esc then Tab moves focus out · ${TOGGLE} makes Tab move focus`}
    </p>
  )
}
