import { selectMappingInEffect, useAppStore } from '../../store'

/**
 * Why the mapping does not read the stream, in AWS's words (docs/semantics.md D17): the create AWS refused, or
 * the `LastProcessingResult` of a mapping whose polls fail. Nothing when all is well.
 */
export function MappingProblem({ testId }: { testId: string }) {
  const mapping = useAppStore(selectMappingInEffect)
  const result = mapping?.description.LastProcessingResult
  const text =
    mapping?.createError !== undefined
      ? `CreateEventSourceMapping failed: ${mapping.createError}`
      : typeof result === 'string' && result.startsWith('PROBLEM')
        ? `LastProcessingResult: ${result}`
        : undefined
  return (
    <p role="status" className="mapping-problem" data-testid={testId} hidden={text === undefined}>
      {text}
    </p>
  )
}
