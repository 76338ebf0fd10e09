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
  joinPath,
  maxRule,
  minRule,
  missingParam,
  type Report,
} from './messages'

const FUNCTION_KEYS = [
  'FunctionName',
  'Runtime',
  'Timeout',
  'MemorySize',
  'ReservedConcurrentExecutions',
  'durationMs',
  'language',
  'code',
]
export const RUNTIMES = ['nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x']
/** The pattern Lambda prints for `functionName` (recorded on AWS, 2023). */
const FUNCTION_NAME_PATTERN =
  '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?'
/** Simulated account concurrency limit (docs/semantics.md D7); a reservation cannot exceed it. */
export const ACCOUNT_CONCURRENCY = 1000
const VE = 'ValidationException'

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
  const runtime = input.Runtime ?? 'nodejs22.x'
  if (typeof runtime !== 'string') fail('function.Runtime', invalidType('Runtime', runtime, 'str'))
  else if (!RUNTIMES.includes(runtime)) {
    fail('function.Runtime', constraint(VE, runtime, 'runtime', enumRule(RUNTIMES)))
  }
  const timeout = checkInt(input.Timeout, 3, 1, 900, 'Timeout', 'timeout', fail)
  const memory = checkInt(input.MemorySize, 128, 128, 10240, 'MemorySize', 'memorySize', fail)
  const reserved = checkReservedConcurrency(
    input.ReservedConcurrentExecutions,
    'function.ReservedConcurrentExecutions',
    fail,
  )
  const durationMs = input.durationMs ?? 20
  if (typeof durationMs !== 'number' || !Number.isSafeInteger(durationMs) || durationMs < 0) {
    fail(
      'function.durationMs',
      `durationMs must be an integer >= 0 (virtual milliseconds), got ${describe(durationMs)}`,
    )
  }
  const language = input.language ?? 'javascript'
  if (language !== 'javascript' && language !== 'typescript') {
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
  if (failed || functionName === undefined) return undefined
  return {
    functionName,
    runtime: runtime as string,
    timeoutMs: timeout * 1000,
    memorySizeMb: memory,
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

/** An integer field with AWS's range messages; returns the default when absent. */
export function checkInt(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  param: string,
  at: string,
  report: Report,
  path = joinPath('function', param),
): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    report(path, invalidType(param, value, 'int'))
    return fallback
  }
  if (value < min) report(path, constraint(VE, value, at, minRule(min)))
  else if (value > max) report(path, constraint(VE, value, at, maxRule(max)))
  return value
}

/** ReservedConcurrentExecutions for CreateFunction / PutFunctionConcurrency: null (unreserved) or 0..1000. */
export function checkReservedConcurrency(
  value: unknown,
  path: string,
  report: Report,
): number | null | undefined {
  if (value === undefined || value === null) return value
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    report(path, invalidType('ReservedConcurrentExecutions', value, 'int'))
    return undefined
  }
  if (value < 0) {
    report(path, constraint(VE, value, 'reservedConcurrentExecutions', minRule(0)))
    return undefined
  }
  if (value > ACCOUNT_CONCURRENCY) {
    report(
      path,
      `InvalidParameterValueException: ReservedConcurrentExecutions ${value} exceeds the simulated account's concurrency limit of ${ACCOUNT_CONCURRENCY}`,
    )
    return undefined
  }
  return value
}
