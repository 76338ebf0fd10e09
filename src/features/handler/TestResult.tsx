import { CodeBlock } from '../../ui/CodeBlock'
import { selectTestRun, useAppStore } from '../../store'

const STATUS_TEXT = { succeeded: 'Succeeded', failed: 'Failed', timedOut: 'Timed out' } as const

/** The Test button's result: the response, the error or the timeout, and the log lines. */
export function TestResult() {
  const test = useAppStore(selectTestRun)
  if (test.status === 'idle') return null
  if (test.status === 'running') {
    return (
      <p className="muted" role="status" data-testid="handler.test.status">
        Running…
      </p>
    )
  }
  if (test.status === 'unavailable') {
    return (
      <p className="notice" role="status" data-testid="handler.test.status">
        {test.message}
      </p>
    )
  }
  const { result, coldStart } = test
  return (
    <section className="test-result" aria-label="Test result" data-testid="handler.test.result">
      <p role="status">
        <strong
          className={`test-result__status test-result__status--${result.status}`}
          data-testid="handler.test.status"
        >
          {STATUS_TEXT[result.status]}
        </strong>{' '}
        <span className="muted">
          {result.durationMs} ms · {coldStart ? 'cold start' : 'warm start'}
        </span>
      </p>
      {result.error ? (
        <CodeBlock label="Test error" testId="handler.test.error">
          {JSON.stringify(result.error, null, 2)}
        </CodeBlock>
      ) : (
        <CodeBlock label="Test response" testId="handler.test.response">
          {JSON.stringify(result.response, null, 2)}
        </CodeBlock>
      )}
      <CodeBlock label="Test log" className="test-result__logs" testId="handler.test.logs">
        {result.logs.join('\n')}
      </CodeBlock>
    </section>
  )
}
