import './liveUpdate.css'
import {
  selectLastFunctionUpdate,
  selectStatus,
  selectUndeployed,
  useAppActions,
  useAppStore,
} from '../../store'
import { describeFunctionUpdate } from './words'

/**
 * What the running function runs now (docs/semantics.md D15): edited code not deployed yet, an update in
 * progress, or the last update and the time it took effect. The pipeline view can embed it too. Once the run
 * has ended no invocation starts again, so an edit or an update still in progress is told to Reset instead.
 */
export function FunctionUpdateNotice() {
  const last = useAppStore(selectLastFunctionUpdate)
  const undeployed = useAppStore(selectUndeployed)
  const ended = useAppStore(selectStatus) === 'finished'
  const { reset } = useAppActions()
  const waiting = undeployed || last?.lastUpdateStatus === 'InProgress'
  return (
    <div className="live-update" data-testid="liveUpdate">
      {ended && waiting ? (
        <p className="notice" data-testid="liveUpdate.ended">
          The run has ended, so no invocation will run this code: press Reset to run the scenario
          again from 00:00:00 with it.{' '}
          <button type="button" className="button button--small" onClick={reset}>
            Reset now
          </button>
        </p>
      ) : (
        undeployed && (
          <p className="notice" data-testid="liveUpdate.undeployed">
            Edited during the run: the function still runs the deployed code until you press Deploy
            (Ctrl+S).
          </p>
        )
      )}
      <p className="live-update__status" role="status" data-testid="liveUpdate.status">
        {last === undefined ? '' : describeFunctionUpdate(last, ended)}
      </p>
    </div>
  )
}
