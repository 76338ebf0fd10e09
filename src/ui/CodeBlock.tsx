import type { ReactNode } from 'react'

/**
 * A block of JSON or log text that may scroll. It is a tab stop with a name, so keyboard users can
 * focus it and scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable rule).
 */
export function CodeBlock({
  label,
  testId,
  className,
  children,
}: {
  /** What the block holds, for screen readers: "SQS message 1", "Log". */
  label: string
  testId?: string
  className?: string
  children: ReactNode
}) {
  return (
    <pre
      className={className ? `json ${className}` : 'json'}
      tabIndex={0}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </pre>
  )
}
