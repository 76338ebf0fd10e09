/**
 * Lambda's event source mapping API, answered by the running simulation (the playground's console:
 * docs/semantics.md A9, D16). Requests are AWS-shaped JSON, checked by the scenario validator's own code, and
 * take effect at the current virtual time, exactly as the same request in a scenario's `actions` would.
 */
import { getEventSourceMapping } from '../report'
import { checkMappingFields, createMapping as checkCreate } from '../scenario/mapping'
import type { MappingContext } from '../scenario/types'
import type { World } from '../world'
import { createRefusal } from '../role/roleRules'
import { applyAction, createMapping, deleteMapping, inTransition } from './lifecycle'

export const MAPPING_OPERATIONS = [
  'CreateEventSourceMapping',
  'ListEventSourceMappings',
  'GetEventSourceMapping',
  'UpdateEventSourceMapping',
  'DeleteEventSourceMapping',
] as const
export type MappingOperation = (typeof MAPPING_OPERATIONS)[number]

export interface MappingApiCall {
  readonly operation: MappingOperation
  /** The request's members, as the API names them (`UUID`, `BatchSize`, …). */
  readonly input: Readonly<Record<string, unknown>>
}

export type MappingApiAnswer =
  | {
      readonly ok: true
      readonly status: number
      readonly body: Record<string, unknown>
      /** A request that changed the run, as a scenario file's action body records it (docs/scenario-format.md). */
      readonly action?: Record<string, unknown>
      readonly atMs: number
    }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string }

const NOT_FOUND = {
  ok: false,
  status: 404,
  code: 'ResourceNotFoundException',
  message: 'The resource you requested does not exist.',
} as const

/** Answers one request; a create, update or delete changes the run now. */
export function callMappingApi(world: World, call: MappingApiCall): MappingApiAnswer {
  const { input } = call
  switch (call.operation) {
    case 'ListEventSourceMappings':
      return list(world, input)
    case 'GetEventSourceMapping':
      return exists(world, input.UUID) ? ok(world, 200) : NOT_FOUND
    case 'CreateEventSourceMapping':
      return create(world, input)
    case 'UpdateEventSourceMapping':
      return update(world, input)
    case 'DeleteEventSourceMapping':
      return remove(world, input)
  }
}

function contextOf(world: World): MappingContext {
  const { region, accountId, fn } = world.scenario
  return { streamArn: world.streamArn, region, accountId, functionName: fn.functionName }
}

function exists(world: World, uuid: unknown): boolean {
  return world.mapping.state !== 'NotCreated' && uuid === world.esmUuid
}

function ok(world: World, status: number, action?: Record<string, unknown>): MappingApiAnswer {
  return { ok: true, status, body: getEventSourceMapping(world), action, atMs: world.nowMs }
}

/** AWS's error, from a validator message `Code: text` (400 unless the code says otherwise). */
function failure(message: string): MappingApiAnswer {
  const colon = message.indexOf(': ')
  const code = colon > 0 ? message.slice(0, colon) : ''
  if (!/^[A-Za-z]+Exception$/.test(code))
    return { ok: false, status: 400, code: 'InvalidParameterValueException', message }
  const status = code === 'ResourceNotFoundException' ? 404 : 400
  return { ok: false, status, code, message: message.slice(colon + 2) }
}

/** Runs the validator and keeps its first message (AWS stops at the first failed check of a field). */
function firstError<T>(check: (report: (path: string, message: string) => void) => T): {
  value: T
  error: string | undefined
} {
  let error: string | undefined
  const value = check((_path, message) => {
    error ??= message
  })
  return { value, error }
}

function list(world: World, input: Readonly<Record<string, unknown>>): MappingApiAnswer {
  const { EventSourceArn: arn, FunctionName: name } = input
  const fn = world.scenario.fn.functionName
  const names = [fn, world.functionArn, `${world.functionArn}:$LATEST`]
  const matches =
    world.mapping.state !== 'NotCreated' &&
    (arn === undefined || arn === world.streamArn) &&
    (name === undefined || names.includes(name as string))
  const mappings = matches ? [getEventSourceMapping(world)] : []
  return { ok: true, status: 200, body: { EventSourceMappings: mappings }, atMs: world.nowMs }
}

function create(world: World, input: Readonly<Record<string, unknown>>): MappingApiAnswer {
  const { value: config, error } = firstError((report) =>
    checkCreate(input, contextOf(world), '', report),
  )
  if (error !== undefined || config === undefined) return failure(error ?? 'Invalid request')
  if (input.EventSourceArn === undefined)
    return failure(
      'InvalidParameterValueException: Unrecognized event source, must be kinesis, dynamodb stream or sqs.',
    )
  // One mapping per stream and function: AWS's 409 names the one there is (docs/semantics.md A9.6).
  if (world.mapping.state !== 'NotCreated') {
    const fn = world.scenario.fn.functionName
    return {
      ok: false,
      status: 409,
      code: 'ResourceConflictException',
      message: `The event source arn (" ${world.streamArn} ") and function (" ${fn} ") provided mapping already exists. Please update or delete the existing mapping with UUID ${world.esmUuid}`,
    }
  }
  // The role is checked before anything is created (docs/semantics.md D17).
  const refusal = createRefusal(world, config.settings.onFailure?.kind)
  if (refusal !== undefined) return failure(refusal.message)
  createMapping(world, config)
  return ok(world, 202, { CreateEventSourceMapping: input })
}

function update(world: World, input: Readonly<Record<string, unknown>>): MappingApiAnswer {
  const { UUID: uuid, ...rest } = input
  const { value: fields, error } = firstError((report) =>
    checkMappingFields(rest, contextOf(world), '', 'update', report),
  )
  if (error !== undefined || fields === undefined) return failure(error ?? 'Invalid request')
  if (!exists(world, uuid)) return NOT_FOUND
  if (inTransition(world)) return inUse('update')
  applyAction(world, {
    kind: 'UpdateEventSourceMapping',
    atMs: world.nowMs,
    path: 'console',
    settings: fields.settings,
    enabled: fields.enabled,
  })
  return ok(world, 202, { UpdateEventSourceMapping: rest })
}

function remove(world: World, input: Readonly<Record<string, unknown>>): MappingApiAnswer {
  if (!exists(world, input.UUID)) return NOT_FOUND
  if (inTransition(world)) return inUse('delete')
  deleteMapping(world)
  return ok(world, 202, { DeleteEventSourceMapping: {} })
}

/** What AWS answers for an update or delete during a transition (docs/semantics.md D16). */
function inUse(verb: 'update' | 'delete'): MappingApiAnswer {
  return {
    ok: false,
    status: 400,
    code: 'ResourceInUseException',
    message: `Cannot ${verb} the event source mapping because it is in use.`,
  }
}
