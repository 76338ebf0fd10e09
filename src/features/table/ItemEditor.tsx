import { useEffect, useId, useRef } from 'react'
import { attributeOf } from '../../engine'
import type { Item } from '../../engine'
import { selectInfo, selectItemEditor, selectTable, useAppActions, useAppStore } from '../../store'

/** `pk = order-1, sk = 2`: the item's key, as the form's heading names it. */
function describeKey(item: Item | undefined, keyNames: readonly string[]): string {
  return keyNames
    .map(
      (name) =>
        `${name} = ${String(Object.values((item && attributeOf(item, name)) ?? {})[0] ?? '?')}`,
    )
    .join(', ')
}

/**
 * Add or edit one item as plain JSON or DynamoDB JSON; DynamoDB's errors show inline. Focus moves into
 * the JSON when the form opens and back to the button that opened it when it closes (Escape closes it).
 */
export function ItemEditor() {
  const editor = useAppStore(selectItemEditor)
  if (editor === undefined) return null
  return <ItemForm key={editor.rowId ?? 'new'} />
}

function ItemForm() {
  const editor = useAppStore(selectItemEditor)
  const info = useAppStore(selectInfo)
  const table = useAppStore(selectTable)
  const actions = useAppActions()
  const headingId = useId()
  const text = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    const opener = document.activeElement
    text.current?.focus()
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
  if (editor === undefined) return null
  const keyNames = info
    ? [info.keySchema.hash.name, ...(info.keySchema.range ? [info.keySchema.range.name] : [])]
    : []
  const heading =
    editor.rowId === undefined
      ? 'New item'
      : `Editing item ${describeKey(table.items.get(editor.rowId), keyNames)}`
  return (
    <form
      className="item-editor"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault()
        actions.saveItem()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          actions.closeItemEditor()
        }
      }}
    >
      <h3 className="item-editor__title" id={headingId} data-testid="itemEditor.title">
        {heading}
      </h3>
      <textarea
        ref={text}
        className="code"
        aria-label="Item JSON"
        data-testid="itemEditor.text"
        spellCheck={false}
        rows={8}
        value={editor.text}
        onChange={(e) => actions.setItemText(e.target.value)}
      />
      <fieldset className="item-editor__format">
        <legend>Format</legend>
        {(['plain', 'dynamodb'] as const).map((format) => (
          <label key={format}>
            <input
              type="radio"
              name="item-format"
              data-testid={`itemEditor.format.${format}`}
              checked={editor.format === format}
              onChange={() => actions.setItemFormat(format)}
            />{' '}
            {format === 'plain' ? 'Plain JSON' : 'DynamoDB JSON'}
          </label>
        ))}
      </fieldset>
      {editor.errors.length > 0 && (
        <ul className="field__errors" role="alert" data-testid="itemEditor.errors">
          {editor.errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="submit" className="button button--primary" data-testid="itemEditor.save">
          Write item (PutItem)
        </button>
        <button
          type="button"
          className="button"
          data-testid="itemEditor.cancel"
          onClick={actions.closeItemEditor}
        >
          Cancel
        </button>
      </div>
    </form>
  )
}
