/** FunctionResponseTypes and MetricsConfig: small enum lists with Lambda's constraint messages. */
import {
  checkStructure,
  constraint,
  enumRule,
  invalidType,
  joinPath,
  type Report,
} from './messages'
import { mappingParameter } from './parameters'

const VE = 'ValidationException'

const RESPONSE_TYPES: readonly string[] = mappingParameter('FunctionResponseTypes').options

export function checkResponseTypes(value: unknown, path: string, report: Report): boolean {
  if (!Array.isArray(value)) {
    report(path, invalidType('FunctionResponseTypes', value, 'list'))
    return false
  }
  const notString = value.findIndex((v) => typeof v !== 'string')
  if (notString >= 0) {
    report(
      joinPath(path, notString),
      invalidType(`FunctionResponseTypes[${notString}]`, value[notString], 'str'),
    )
    return false
  }
  if (value.some((v) => !RESPONSE_TYPES.includes(v as string))) {
    const rule = `Member must satisfy constraint: [${enumRule(RESPONSE_TYPES)}]`
    report(path, constraint(VE, value, 'functionResponseTypes', rule))
    return false
  }
  const { maxItems } = mappingParameter('FunctionResponseTypes')
  if (value.length > maxItems) {
    report(
      path,
      constraint(
        VE,
        value,
        'functionResponseTypes',
        `Member must have length less than or equal to ${maxItems}`,
      ),
    )
    return false
  }
  return value.length === 1
}

const METRICS: readonly string[] = mappingParameter('MetricsConfig').options

export function checkMetrics(value: unknown, path: string, report: Report): boolean {
  if (!checkStructure(value, path, 'MetricsConfig', ['Metrics'], report)) return false
  const metrics = value.Metrics
  if (metrics === undefined) return false
  const metricsPath = joinPath(path, 'Metrics')
  if (!Array.isArray(metrics)) {
    report(metricsPath, invalidType('MetricsConfig.Metrics', metrics, 'list'))
    return false
  }
  if (metrics.some((m) => typeof m !== 'string' || !METRICS.includes(m))) {
    const rule = `Member must satisfy constraint: [${enumRule(METRICS)}]`
    report(metricsPath, constraint(VE, metrics, 'metricsConfig.metrics', rule))
    return false
  }
  return metrics.length > 0
}
