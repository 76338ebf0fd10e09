import './panel.css'
import type { ReactNode } from 'react'

/** A titled section; `id` names it for the landmark's accessible name. */
export function Panel(props: {
  id: string
  title: string
  actions?: ReactNode
  children: ReactNode
}) {
  return (
    <section className="panel" aria-labelledby={`${props.id}-title`}>
      <header className="panel__header">
        <h2 className="panel__title" id={`${props.id}-title`}>
          {props.title}
        </h2>
        {props.actions}
      </header>
      <div className="panel__body">{props.children}</div>
    </section>
  )
}
