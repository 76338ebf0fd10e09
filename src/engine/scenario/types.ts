/** One problem found in a scenario file, with the JSON path of the bad value (`writes[3].UpdateItem.Key.pk`). */
export interface ScenarioError {
  readonly path: string
  readonly message: string
}

/** What the mapping checks need to know about the rest of the scenario. */
export interface MappingContext {
  readonly streamArn: string
  readonly region: string
  readonly accountId: string
  /** The scenario's function; when given, a mapping `FunctionName` must name it. */
  readonly functionName?: string
}
