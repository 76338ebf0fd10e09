import type { ReactNode, Ref } from 'react'

/** The heading of a panel opened by a pick (see usePickedPanel): focus lands on it when the panel opens. */
export function PickedPanelTitle({
  ref,
  id,
  testId,
  children,
}: {
  ref: Ref<HTMLHeadingElement>
  id: string
  testId: string
  children: ReactNode
}) {
  return (
    <h3 ref={ref} tabIndex={-1} className="why__title" id={id} data-testid={testId}>
      {children}
    </h3>
  )
}
