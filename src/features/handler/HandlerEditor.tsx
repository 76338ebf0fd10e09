import { HANDLER_TEMPLATES } from '../../engine'
import type { HandlerTemplateName } from '../../engine'
import { selectHandlerCode, selectNeedsReset, useAppActions, useAppStore } from '../../store'
import { Panel } from '../../ui/Panel'

const TEMPLATE_LABELS: Record<HandlerTemplateName, string> = {
  echo: 'Echo',
  alwaysFail: 'Always fail',
  failOnOne: 'Fail on one item',
}

/** The handler's code (a plain text area; the Monaco editor comes later) and its templates. */
export function HandlerEditor() {
  const code = useAppStore(selectHandlerCode)
  const needsReset = useAppStore(selectNeedsReset)
  const actions = useAppActions()
  return (
    <Panel
      id="handler"
      title="Handler"
      actions={
        <div className="templates" role="group" aria-label="Handler templates">
          {(Object.keys(HANDLER_TEMPLATES) as HandlerTemplateName[]).map((name) => (
            <button
              key={name}
              type="button"
              className="button button--small"
              data-testid={`handler.template.${name}`}
              onClick={() => actions.applyTemplate(name)}
            >
              {TEMPLATE_LABELS[name]}
            </button>
          ))}
        </div>
      }
    >
      <textarea
        className="code"
        aria-label="Handler code (JavaScript or TypeScript)"
        data-testid="handler.code"
        spellCheck={false}
        value={code}
        onChange={(e) => actions.setHandlerCode(e.target.value)}
        rows={12}
      />
      {needsReset && (
        <p className="notice" role="status" data-testid="handler.needsReset">
          Changes made during the run apply from the next Reset.{' '}
          <button type="button" className="button button--small" onClick={actions.reset}>
            Reset now
          </button>
        </p>
      )}
    </Panel>
  )
}
