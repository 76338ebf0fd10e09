/** The WAI-ARIA tabs pattern's keys: ← and → wrap around, Home and End jump to the ends. */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | undefined {
  const i = tabs.indexOf(current)
  if (i < 0 || tabs.length === 0) return undefined
  switch (key) {
    case 'ArrowRight':
      return tabs[(i + 1) % tabs.length]
    case 'ArrowLeft':
      return tabs[(i - 1 + tabs.length) % tabs.length]
    case 'Home':
      return tabs[0]
    case 'End':
      return tabs[tabs.length - 1]
    default:
      return undefined
  }
}
