/** The handler editor on its own, with its diagnostics listed as text for the tests to read. */
import { useState } from 'react'
import { LazyHandlerEditor } from '../features/editor'
import type { EditorDiagnostic } from '../features/editor'

const SAMPLE = `import type { DynamoDBStreamHandler } from 'aws-lambda'

export const handler: DynamoDBStreamHandler = async (event) => {
  for (const record of event.Records) {
    console.log(record.eventName, record.dynamodb?.Keys)
  }
  return { batchItemFailures: [] }
}
`

export function EditorHarness() {
  const params = new URLSearchParams(location.search)
  const language = params.get('language') === 'javascript' ? 'javascript' : 'typescript'
  const [code, setCode] = useState(params.get('code') ?? SAMPLE)
  const [diagnostics, setDiagnostics] = useState<EditorDiagnostic[]>([])
  return (
    <main style={{ display: 'grid', gridTemplateRows: '400px auto', gap: 8, padding: 8 }}>
      <LazyHandlerEditor
        value={code}
        language={language}
        onChange={setCode}
        onDiagnostics={setDiagnostics}
      />
      <ul data-testid="harness.diagnostics" aria-label="Diagnostics">
        {diagnostics.map((marker, index) => (
          <li key={index}>{`${marker.severity} line ${marker.line}: ${marker.message}`}</li>
        ))}
      </ul>
    </main>
  )
}
