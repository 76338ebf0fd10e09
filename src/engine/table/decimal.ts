/**
 * Exact decimal numbers for DynamoDB's `N` type: value = (negative ? -1 : 1) * coefficient * 10^exponent.
 * DynamoDB keeps up to 38 significant digits, so floating point would round where DynamoDB does not.
 */
export interface Decimal {
  readonly negative: boolean
  /** Without trailing zeros (they move into the exponent); 0n for zero. */
  readonly coefficient: bigint
  readonly exponent: number
}

const NUMBER_SYNTAX = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/
const MAX_DIGITS = 38
// DynamoDB's range: magnitudes from 1E-130 up to (but excluding) 1E+126.
const MIN_MAGNITUDE_EXPONENT = -130
const MAX_MAGNITUDE_EXPONENT = 126

export type ParsedNumber = { ok: true; value: Decimal } | { ok: false; message: string }

function normalize(negative: boolean, coefficient: bigint, exponent: number): Decimal {
  if (coefficient === 0n) return { negative: false, coefficient: 0n, exponent: 0 }
  let c = coefficient
  let e = exponent
  while (c % 10n === 0n) {
    c /= 10n
    e += 1
  }
  return { negative, coefficient: c, exponent: e }
}

export function significantDigits(value: Decimal): number {
  return value.coefficient === 0n ? 1 : value.coefficient.toString().length
}

/** Parses an `N` string and applies DynamoDB's precision and range limits. */
export function parseDecimal(text: string): ParsedNumber {
  const match = NUMBER_SYNTAX.exec(text)
  const whole = match?.[2] ?? ''
  const fraction = match?.[3] ?? ''
  if (!match || whole.length + fraction.length === 0) {
    return {
      ok: false,
      message:
        text === ''
          ? 'The parameter cannot be converted to a numeric value'
          : `The parameter cannot be converted to a numeric value: ${text}`,
    }
  }
  const exponent = Number(match[4] ?? '0') - fraction.length
  const value = normalize(match[1] === '-', BigInt(whole + fraction), exponent)
  const limit = checkLimits(value)
  return limit === undefined ? { ok: true, value } : { ok: false, message: limit }
}

/** DynamoDB's messages for numbers it cannot store; undefined when storable. */
export function checkLimits(value: Decimal): string | undefined {
  if (value.coefficient === 0n) return undefined
  const digits = significantDigits(value)
  if (digits > MAX_DIGITS) return 'Attempting to store more than 38 significant digits in a Number'
  const magnitude = value.exponent + digits // value < 10^magnitude and >= 10^(magnitude-1)
  if (magnitude > MAX_MAGNITUDE_EXPONENT) {
    return 'Number overflow. Attempting to store a number with magnitude larger than supported range'
  }
  if (magnitude - 1 < MIN_MAGNITUDE_EXPONENT) {
    return 'Number underflow. Attempting to store a number with magnitude smaller than supported range'
  }
  return undefined
}

/** Callers pass strings that already passed validation. */
export function decimalOf(text: string): Decimal {
  const parsed = parseDecimal(text)
  if (!parsed.ok) throw new Error(`not a valid DynamoDB number: ${text}`)
  return parsed.value
}

function signed(value: Decimal): bigint {
  return value.negative ? -value.coefficient : value.coefficient
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent)
  const scaleA = 10n ** BigInt(a.exponent - exponent)
  const scaleB = 10n ** BigInt(b.exponent - exponent)
  return [signed(a) * scaleA, signed(b) * scaleB, exponent]
}

function fromSigned(value: bigint, exponent: number): Decimal {
  return normalize(value < 0n, value < 0n ? -value : value, exponent)
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b)
  return fromSigned(x + y, exponent)
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b)
  return fromSigned(x - y, exponent)
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b)
  return x < y ? -1 : x > y ? 1 : 0
}

/** DynamoDB's canonical text: plain notation, no exponent, no redundant zeros ("-0015.789e6" → "-15789000"). */
export function formatDecimal(value: Decimal): string {
  if (value.coefficient === 0n) return '0'
  const digits = value.coefficient.toString()
  let body: string
  if (value.exponent >= 0) {
    body = digits + '0'.repeat(value.exponent)
  } else {
    const point = digits.length + value.exponent
    body =
      point > 0
        ? `${digits.slice(0, point)}.${digits.slice(point)}`
        : `0.${'0'.repeat(-point)}${digits}`
  }
  return value.negative ? `-${body}` : body
}

export function canonicalNumber(text: string): string {
  return formatDecimal(decimalOf(text))
}
