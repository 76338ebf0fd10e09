/**
 * The `function` section: CreateFunction's fields with Lambda's limits and messages, plus the simulator's own
 * `durationMs`, `language` and `code`.
 */
import type { FunctionConfig } from '../model/scenario'
import {
  checkStructure,
  constraint,
  describe,
  enumRule,
  invalidType,
  missingParam,
  type Report,
} from './messages'
import {
  functionParameter,
  integerMessage,
  RUNTIMES,
  toEngineValue,
  type IntegerParameter,
} from './parameters'

export const FUNCTION_KEYS = [
  'FunctionName',
  'Runtime',
  'Timeout',
  'MemorySize',
  'ReservedConcurrentExecutions',
  'durationMs',
  'language',
  'code',
]
/** The pattern Lambda prints for `functionName` (recorded on AWS, 2023). */
const FUNCTION_NAME_PATTERN =
  '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?'
const VE = 'ValidationException'
/** The simulator's own function fields (not CreateFunction's): default invocation time and handler languages. */
export const DEFAULT_DURATION_MS = 20
export const LANGUAGES = ['javascript', 'typescript'] as const

export function validateFunction(input: unknown, report: Report): FunctionConfig | undefined {
  let failed = false
  const fail: Report = (path, message) => {
    failed = true
    report(path, message)
  }
  if (input === undefined) {
    fail('function', 'The scenario needs a "function" section (at least FunctionName and code)')
    return undefined
  }
  if (!checkStructure(input, 'function', 'input', FUNCTION_KEYS, fail)) return undefined
  if (Object.keys(input).some((k) => !FUNCTION_KEYS.includes(k))) failed = true

  const functionName = checkFunctionName(input.FunctionName, fail)
  const runtimeParameter = functionParameter('Runtime')
  const runtime = input.Runtime ?? runtimeParameter.default
  if (typeof runtime !== 'string') fail('function.Runtime', invalidType('Runtime', runtime, 'str'))
  else if (!(RUNTIMES as readonly string[]).includes(runtime)) {
    fail('function.Runtime', constraint(VE, runtime, 'runtime', enumRule(RUNTIMES)))
  }
  const timeout = functionParameter('Timeout')
  const memory = functionParameter('MemorySize')
  const timeoutS = checkInteger(timeout, input.Timeout, 'function.Timeout', fail)
  const memoryMb = checkInteger(memory, input.MemorySize, 'function.MemorySize', fail)
  const reserved = checkReservedConcurrency(
    input.ReservedConcurrentExecutions,
    'function.ReservedConcurrentExecutions',
    fail,
  )
  const durationMs = input.durationMs ?? DEFAULT_DURATION_MS
  if (typeof durationMs !== 'number' || !Number.isSafeInteger(durationMs) || durationMs < 0) {
    fail(
      'function.durationMs',
      `durationMs must be an integer >= 0 (virtual milliseconds), got ${describe(durationMs)}`,
    )
  }
  const language = input.language ?? LANGUAGES[0]
  if (!(LANGUAGES as readonly unknown[]).includes(language)) {
    fail(
      'function.language',
      `language must be "javascript" or "typescript", got ${describe(language)}`,
    )
  }
  const code = input.code
  if (typeof code !== 'string') {
    fail(
      'function.code',
      `code must be a string holding the handler's source, got ${describe(code)}`,
    )
  }
  if (failed || functionName === undefined || timeoutS == null || memoryMb == null) return undefined
  return {
    functionName,
    runtime: runtime as string,
    timeoutMs: toEngineValue(timeout, timeoutS),
    memorySizeMb: toEngineValue(memory, memoryMb),
    reservedConcurrency: reserved ?? null,
    durationMs: durationMs as number,
    language: language as 'javascript' | 'typescript',
    code: code as string,
  }
}

function checkFunctionName(value: unknown, report: Report): string | undefined {
  const path = 'function.FunctionName'
  if (value === undefined) {
    report(path, missingParam('input', 'FunctionName'))
    return undefined
  }
  if (typeof value !== 'string') {
    report(path, invalidType('FunctionName', value, 'str'))
    return undefined
  }
  if (value.length === 0) {
    report(
      path,
      'Parameter validation failed: Invalid length for parameter FunctionName, value: 0, valid min length: 1',
    )
    return undefined
  }
  // Only a plain name is accepted here: the scenario has one function, in its own region and account.
  if (!/^[a-zA-Z0-9_-]+$/.test(value)) {
    report(
      path,
      constraint(
        VE,
        value,
        'functionName',
        `Member must satisfy regular expression pattern: ${FUNCTION_NAME_PATTERN}`,
      ),
    )
    return undefined
  }
  if (value.length > 64) {
    report(
      path,
      constraint(VE, value, 'functionName', 'Member must have length less than or equal to 64'),
    )
    return undefined
  }
  return value
}

/**
 * An integer parameter as the API call reads it (docs/semantics.md A12): absent → the table's default; a wrong
 * type → botocore's message; out of range → AWS's. Undefined after an error (already reported).
 */
export function checkInteger(
  p: IntegerParameter,
  value: unknown,
  path: string,
  report: Report,
): number | null | undefined {
  if (value === undefined) return p.default
  if (value === null && p.default === null) return null
  // The console's exact integer past 2^53 (Python's int): out of every range, quoted digit for digit (D20).
  if (typeof value === 'bigint') {
    report(path, integerMessage(p, value) ?? invalidType(p.name, value, 'int'))
    return undefined
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    report(path, invalidType(p.name, value, 'int'))
    return undefined
  }
  const message = integerMessage(p, value)
  if (message === undefined) return value
  report(path, message)
  return undefined
}

/** ReservedConcurrentExecutions for CreateFunction / PutFunctionConcurrency: null (unreserved) or 0..1000. */
export function checkReservedConcurrency(
  value: unknown,
  path: string,
  report: Report,
): number | null | undefined {
  return checkInteger(functionParameter('ReservedConcurrentExecutions'), value, path, report)
}
