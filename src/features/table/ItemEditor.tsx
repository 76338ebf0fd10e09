import { selectItemEditor, useAppActions, useAppStore } from '../../store'

/** Add or edit one item as plain JSON or DynamoDB JSON; DynamoDB's errors show inline. */
export function ItemEditor() {
  const editor = useAppStore(selectItemEditor)
  const actions = useAppActions()
  if (editor === undefined) return null
  return (
    <form
      className="item-editor"
      aria-label={editor.rowId === undefined ? 'New item' : 'Edit item'}
      onSubmit={(e) => {
        e.preventDefault()
        actions.saveItem()
      }}
    >
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
      <textarea
        className="code"
        aria-label="Item JSON"
        data-testid="itemEditor.text"
        spellCheck={false}
        rows={8}
        value={editor.text}
        onChange={(e) => actions.setItemText(e.target.value)}
      />
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
