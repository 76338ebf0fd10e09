/**
 * One formatter for every count: `toLocaleString('en-US')` builds a new one per call, which showed up in the
 * UI benchmark's profile (npm run bench:ui) once lists redraw every frame.
 */
const COUNT = new Intl.NumberFormat('en-US')

/** `4,338`: a count with thousands separators. */
export function formatCount(count: number): string {
  return COUNT.format(count)
}

/** `1 record`, `2 records`, `4,338 retries`: a count with its noun, singular only for exactly one. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`
}
