/**
 * How Node's `util.inspect` lays out the entries of an object or array: one line when short and
 * shallow ("compact 3" within 80 columns), otherwise one entry per line, long arrays of short items
 * in aligned columns. Same arithmetic as Node 20's. Environment-agnostic: no Node or DOM imports.
 */

export interface LayoutContext {
  readonly indentationLvl: number
  /** Depth of the most recently entered object: Node's `ctx.currentDepth`. */
  readonly currentDepth: number
}

const BREAK_LENGTH = 80
const COMPACT = 3

export function reduceToSingleString(
  ctx: LayoutContext,
  output: string[],
  base: string,
  braces: [string, string],
  isArrayLike: boolean,
  recurseTimes: number,
  value: object,
  typed: boolean,
): string {
  const entries = output.length
  if (isArrayLike && entries > 6) output = groupArrayElements(ctx, output, value, typed)
  if (ctx.currentDepth - recurseTimes < COMPACT && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10
    if (isBelowBreakLength(output, start, base)) {
      const joined = output.join(', ')
      if (!joined.includes('\n')) {
        return `${base === '' ? '' : `${base} `}${braces[0]} ${joined} ${braces[1]}`
      }
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`
  const head = `${base === '' ? '' : `${base} `}${braces[0]}`
  return `${head}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`
}

function isBelowBreakLength(output: string[], start: number, base: string): boolean {
  let total = output.length + start
  if (total + output.length > BREAK_LENGTH) return false
  for (const entry of output) {
    total += entry.length
    if (total > BREAK_LENGTH) return false
  }
  return base === '' || !base.includes('\n')
}

/** Node prints long arrays of short items in aligned columns; same arithmetic as Node's. */
function groupArrayElements(
  ctx: LayoutContext,
  output: string[],
  value: object,
  typed: boolean,
): string[] {
  let totalLength = 0
  let maxLength = 0
  const outputLength = output.length - (output[output.length - 1].startsWith('... ') ? 1 : 0)
  const separatorSpace = 2
  const dataLen: number[] = []
  for (let i = 0; i < outputLength; i++) {
    const len = output[i].length
    dataLen.push(len)
    totalLength += len + separatorSpace
    if (maxLength < len) maxLength = len
  }
  const actualMax = maxLength + separatorSpace
  if (
    actualMax * 3 + ctx.indentationLvl >= BREAK_LENGTH ||
    !(totalLength / actualMax > 5 || maxLength <= 6)
  ) {
    return output
  }
  const averageBias = Math.sqrt(actualMax - totalLength / output.length)
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1)
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((BREAK_LENGTH - ctx.indentationLvl) / actualMax),
    COMPACT * 4,
    15,
  )
  if (columns <= 1) return output
  const maxLineLength: number[] = []
  for (let i = 0; i < columns; i++) {
    let lineLength = 0
    for (let j = i; j < output.length; j += columns)
      if (dataLen[j] > lineLength) lineLength = dataLen[j]
    maxLineLength.push(lineLength + separatorSpace)
  }
  const list = value as ArrayLike<unknown>
  let numeric = true
  for (let i = 0; i < output.length; i++) {
    const item = typed ? 0 : list[i]
    if (typeof item !== 'number' && typeof item !== 'bigint') numeric = false
  }
  const grouped: string[] = []
  for (let i = 0; i < outputLength; i += columns) {
    const max = Math.min(i + columns, outputLength)
    let line = ''
    let j = i
    for (; j < max - 1; j++) {
      const cell = `${output[j]}, `
      line += numeric ? cell.padStart(maxLineLength[j - i]) : cell.padEnd(maxLineLength[j - i])
    }
    line += numeric ? output[j].padStart(maxLineLength[j - i] - separatorSpace) : output[j]
    grouped.push(line)
  }
  if (outputLength < output.length) grouped.push(output[outputLength])
  return grouped
}
