import './handler.css'
import { useState } from 'react'
import { LazyHandlerEditor } from '../editor'
import {
  selectHandlerCode,
  selectHandlerLanguage,
  selectNeedsReset,
  selectTemplateUndo,
  selectTheme,
  useAppActions,
  useAppStore,
} from '../../store'
import { Panel } from '../../ui/Panel'
import { Diagnostics } from './Diagnostics'
import { EditorKeysHint } from './EditorKeysHint'
import { HandlerToolbar } from './HandlerToolbar'
import { TestResult } from './TestResult'
import { FunctionUpdateNotice, isDeployShortcut } from '../liveUpdate'

/** The handler: Monaco with the Lambda typings, JS/TS, templates, and a Test button. */
export function HandlerPanel() {
  const code = useAppStore(selectHandlerCode)
  const language = useAppStore(selectHandlerLanguage)
  const needsReset = useAppStore(selectNeedsReset)
  const templateUndo = useAppStore(selectTemplateUndo)
  const theme = useAppStore(selectTheme)
  const actions = useAppActions()
  const [tabMovesFocus, setTabMovesFocus] = useState(false)
  return (
    <Panel id="handler" title="Handler" actions={<HandlerToolbar />}>
      <div
        className="handler__editor"
        data-testid="handler.editor"
        onKeyDown={(event) => {
          if (!isDeployShortcut(event)) return
          event.preventDefault()
          actions.deployHandler()
        }}
      >
        <LazyHandlerEditor
          value={code}
          language={language}
          theme={theme}
          onChange={actions.editHandlerCode}
          onDiagnostics={actions.setHandlerDiagnostics}
          onTabMovesFocusChange={setTabMovesFocus}
        />
      </div>
      <EditorKeysHint tabMovesFocus={tabMovesFocus} />
      <Diagnostics />
      <FunctionUpdateNotice />
      {templateUndo && (
        <p className="notice" role="status" data-testid="handler.templateUndo">
          Replaced your code with a template (Ctrl+Z in the editor also brings it back).{' '}
          <button
            type="button"
            className="button button--small"
            data-testid="handler.templateUndo.undo"
            onClick={actions.undoTemplate}
          >
            Undo
          </button>
        </p>
      )}
      {needsReset && (
        <p className="notice" role="status" data-testid="handler.needsReset">
          Changes made during the run apply from the next Reset.{' '}
          <button type="button" className="button button--small" onClick={actions.reset}>
            Reset now
          </button>
        </p>
      )}
      <TestResult />
    </Panel>
  )
}
