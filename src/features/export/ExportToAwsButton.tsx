import { Suspense, lazy, useRef, useState } from 'react'

// The generators and the dialog load on first use: they are not part of the first page load's budget.
const ExportDialog = lazy(() => import('./ExportDialog'))

/** "Export to AWS": opens the dialog with the current scenario as CLI, SAM, CloudFormation, CDK and Terraform. */
export function ExportToAwsButton() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--small"
        data-testid="exportAws.open"
        aria-haspopup="dialog"
        title="The table, function and mapping as AWS CLI commands, SAM, CloudFormation, CDK or Terraform"
        onClick={() => setOpen(true)}
      >
        Export to AWS
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            onClose={() => {
              setOpen(false)
              button.current?.focus()
            }}
          />
        </Suspense>
      )}
    </>
  )
}
