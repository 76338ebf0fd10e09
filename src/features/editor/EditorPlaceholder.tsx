import type { Ref } from 'react'

interface EditorPlaceholderProps {
  readonly code: string
  readonly onFocus?: () => void
  readonly ref?: Ref<HTMLDivElement>
}

/** The code, read-only, under a visible "Loading editor…" while Monaco is not up yet. */
export function EditorPlaceholder({ code, onFocus, ref }: EditorPlaceholderProps) {
  return (
    <div
      ref={ref}
      className="handler-editor__loading"
      data-testid="editor.fallback"
      role="group"
      aria-label="Handler code (loading editor…)"
      aria-busy="true"
      tabIndex={onFocus ? 0 : undefined}
      onFocus={onFocus}
    >
      <p className="handler-editor__loadingNote muted">Loading editor…</p>
      <pre>{code}</pre>
    </div>
  )
}
