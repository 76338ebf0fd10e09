import { selectHandlerDiagnostics, useAppStore } from '../../store'

/** The editor's type errors and warnings, as text (also what the e2e tests read). */
export function Diagnostics() {
  const diagnostics = useAppStore(selectHandlerDiagnostics)
  if (diagnostics.length === 0) return null
  return (
    <ul className="handler__diagnostics" aria-label="Problems" data-testid="handler.diagnostics">
      {diagnostics.map((d, i) => (
        <li key={i} className={`diagnostic diagnostic--${d.severity}`}>
          {`${d.severity} line ${d.line}, column ${d.column}: ${d.message}`}
        </li>
      ))}
    </ul>
  )
}
