import { HANDLER_TEMPLATE_NAMES, handlerTemplateLabel } from '../../scenarios'
import type { HandlerTemplateName } from '../../scenarios'
import { selectHandlerLanguage, selectTestRun, useAppActions, useAppStore } from '../../store'
import type { HandlerLanguage } from '../../store'
import { DeployButton } from '../liveUpdate'

const LANGUAGES: readonly { id: HandlerLanguage; label: string }[] = [
  { id: 'javascript', label: 'JS' },
  { id: 'typescript', label: 'TS' },
]

/** Language toggle, template picker and the Test button, in the handler panel's header. */
export function HandlerToolbar() {
  const language = useAppStore(selectHandlerLanguage)
  const testing = useAppStore(selectTestRun).status === 'running'
  const actions = useAppActions()
  return (
    <div className="handler__toolbar">
      <div className="segmented" role="group" aria-label="Handler language">
        {LANGUAGES.map((l) => (
          <button
            key={l.id}
            type="button"
            className="button button--small"
            aria-pressed={language === l.id}
            data-testid={`handler.language.${l.id}`}
            onClick={() => actions.setHandlerLanguage(l.id)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <select
        className="button button--small"
        aria-label="Handler template"
        data-testid="handler.template"
        value=""
        onChange={(e) => {
          if (e.target.value !== '') actions.applyTemplate(e.target.value as HandlerTemplateName)
        }}
      >
        <option value="">Template…</option>
        {HANDLER_TEMPLATE_NAMES.map((name) => (
          <option key={name} value={name}>
            {handlerTemplateLabel(name)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="handler.test"
        disabled={testing}
        onClick={() => void actions.runTest()}
        title="Invoke the handler once with an INSERT record of the table's first item"
      >
        {testing ? 'Testing…' : 'Test'}
      </button>
      <DeployButton />
    </div>
  )
}
