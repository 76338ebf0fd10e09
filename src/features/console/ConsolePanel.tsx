import './console.css'
import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { complete } from '../../cli-sim/complete'
import { selectConsole, useAppActions, useAppStore } from '../../store'
import { historyStep } from './historyStep'

const EXAMPLE = 'aws lambda list-event-source-mappings --function-name <function>'

/** `help`, `ls` or `aws s3 ls` get the shell's or the CLI's own error, then a line saying what to type here. */
const NAMES_A_COMMAND = /^\s*aws\s+lambda\s+\S/

/**
 * The event source mapping console: `aws lambda …-event-source-mapping` commands against the running
 * simulation, answered as the AWS CLI v2 prints (docs/semantics.md D16). ↑ ↓ walk the history, Tab completes
 * command and flag names, Enter runs; a pasted get-event-source-mapping answer loads its settings.
 */
export function ConsolePanel() {
  const { entries, history, busy } = useAppStore(selectConsole)
  const { runConsoleCommand } = useAppActions()
  const [line, setLine] = useState('')
  const [cursor, setCursor] = useState<number | undefined>(undefined)
  const [candidates, setCandidates] = useState<readonly string[]>([])
  const output = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = output.current
    if (element) element.scrollTop = element.scrollHeight
  }, [entries.length])

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      // A line ending in a backslash continues on the next line, as in a shell.
      if (line.endsWith('\\')) {
        setLine(`${line}\n`)
        return
      }
      setCandidates([])
      setCursor(undefined)
      setLine('')
      void runConsoleCommand(line)
      return
    }
    if (event.key === 'Tab' && !event.shiftKey && line.trim() !== '') {
      event.preventDefault()
      const done = complete(line)
      setLine(done.line)
      setCandidates(done.candidates)
      return
    }
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && !line.includes('\n')) {
      const step = historyStep(history, cursor, event.key === 'ArrowUp' ? -1 : 1)
      if (step === undefined) return
      event.preventDefault()
      setCursor(step.cursor)
      setLine(step.line)
    }
  }

  return (
    <section className="console" aria-label="Console">
      <p className="muted">
        Type the AWS CLI&apos;s event source mapping commands, e.g. <code>{EXAMPLE}</code>. ↑ ↓
        recall commands, Tab completes names, a pasted <code>get-event-source-mapping</code> answer
        loads its settings.
      </p>
      <div
        className="console__output"
        ref={output}
        role="log"
        aria-label="Console output"
        data-testid="console.output"
      >
        {entries.map((entry) => (
          <div key={entry.id} className="console__entry" data-testid="console.entry">
            <pre className="console__command">$ {entry.command}</pre>
            <pre
              className={
                entry.failed ? 'console__answer console__answer--error' : 'console__answer'
              }
              data-testid="console.answer"
            >
              {entry.output}
            </pre>
            {entry.failed && !NAMES_A_COMMAND.test(entry.command) && (
              <p className="muted" data-testid="console.hint">
                This console runs the five <code>aws lambda …-event-source-mapping</code> commands:
                type <code>aws lambda </code> and press Tab to list them.
              </p>
            )}
          </div>
        ))}
      </div>
      {candidates.length > 0 && (
        <p className="console__candidates" data-testid="console.candidates">
          {candidates.join('  ')}
        </p>
      )}
      <label className="console__prompt">
        <span aria-hidden="true">$</span>
        <textarea
          aria-label="Command"
          data-testid="console.command"
          className="console__input"
          rows={Math.min(6, line.split('\n').length)}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          value={line}
          aria-busy={busy}
          onChange={(e) => {
            setLine(e.target.value)
            setCursor(undefined)
          }}
          onKeyDown={onKeyDown}
        />
      </label>
    </section>
  )
}
