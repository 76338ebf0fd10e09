/** StreamSpecification and TimeToLiveSpecification of the table, with DynamoDB's messages. */
import type { StreamViewType } from '../model/dynamo'
import {
  checkStructure,
  constraint,
  enumRule,
  invalidType,
  missingParam,
  type Report,
} from './messages'

/** The order DynamoDB lists them in its enum message (recorded against AWS). */
export const VIEW_TYPES = ['OLD_IMAGE', 'KEYS_ONLY', 'NEW_AND_OLD_IMAGES', 'NEW_IMAGE']
const VE = 'ValidationException'
const INVALID = 'One or more parameter values were invalid:'

export function checkStream(
  value: unknown,
  report: Report,
): { enabled: boolean; viewType: StreamViewType | undefined } {
  const none = { enabled: false, viewType: undefined }
  const path = 'table.StreamSpecification'
  if (value === undefined) return none
  if (
    !checkStructure(value, path, 'StreamSpecification', ['StreamEnabled', 'StreamViewType'], report)
  ) {
    return none
  }
  const { StreamEnabled: enabled, StreamViewType: viewType } = value
  if (enabled !== undefined && typeof enabled !== 'boolean') {
    report(
      `${path}.StreamEnabled`,
      invalidType('StreamSpecification.StreamEnabled', enabled, 'bool'),
    )
    return none
  }
  if (viewType !== undefined && typeof viewType !== 'string') {
    report(
      `${path}.StreamViewType`,
      invalidType('StreamSpecification.StreamViewType', viewType, 'str'),
    )
    return none
  }
  if (enabled === undefined) {
    report(
      `${path}.StreamEnabled`,
      constraint(VE, null, 'streamSpecification.streamEnabled', 'Member must not be null'),
    )
    return none
  }
  if (viewType !== undefined && !VIEW_TYPES.includes(viewType)) {
    report(
      `${path}.StreamViewType`,
      constraint(VE, viewType, 'streamSpecification.streamViewType', enumRule(VIEW_TYPES)),
    )
    return none
  }
  if (enabled && viewType === undefined) {
    report(
      path,
      `${VE}: ${INVALID} Table is being created with a stream enabled, UpdateViewType is required`,
    )
    return none
  }
  if (!enabled && viewType !== undefined) {
    report(
      path,
      `${VE}: ${INVALID} Table is being created with a stream disabled, UpdateViewType should not be specified`,
    )
    return none
  }
  return { enabled, viewType: viewType as StreamViewType | undefined }
}

/** UpdateTimeToLive's TimeToLiveSpecification: the attribute name when enabled. */
export function checkTtl(value: unknown, report: Report): string | undefined {
  const path = 'table.TimeToLiveSpecification'
  if (value === undefined) return undefined
  const where = 'TimeToLiveSpecification'
  if (!checkStructure(value, path, where, ['AttributeName', 'Enabled'], report)) return undefined
  const { AttributeName: name, Enabled: enabled } = value
  if (name === undefined) report(`${path}.AttributeName`, missingParam(where, 'AttributeName'))
  else if (typeof name !== 'string')
    report(`${path}.AttributeName`, invalidType(`${where}.AttributeName`, name, 'str'))
  else if (name.length < 1 || name.length > 255) {
    const rule = name.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 255'
    report(
      `${path}.AttributeName`,
      constraint(
        VE,
        name,
        'timeToLiveSpecification.attributeName',
        `Member must have length ${rule}`,
      ),
    )
  }
  if (enabled === undefined) report(`${path}.Enabled`, missingParam(where, 'Enabled'))
  else if (typeof enabled !== 'boolean')
    report(`${path}.Enabled`, invalidType(`${where}.Enabled`, enabled, 'bool'))
  return enabled === true && typeof name === 'string' ? name : undefined
}
