import './liveUpdate.css'
import { selectLastFunctionUpdate, selectUndeployed, useAppStore } from '../../store'
import { describeFunctionUpdate } from './words'

/**
 * What the running function runs now (docs/semantics.md D15): edited code not deployed yet, an update in
 * progress, or the last update and the time it took effect. The pipeline view can embed it too.
 */
export function FunctionUpdateNotice() {
  const last = useAppStore(selectLastFunctionUpdate)
  const undeployed = useAppStore(selectUndeployed)
  return (
    <div className="live-update" data-testid="liveUpdate">
      {undeployed && (
        <p className="notice" data-testid="liveUpdate.undeployed">
          Edited during the run: the function still runs the deployed code until you press Deploy
          (Ctrl+S).
        </p>
      )}
      <p className="live-update__status" role="status" data-testid="liveUpdate.status">
        {last === undefined ? '' : describeFunctionUpdate(last)}
      </p>
    </div>
  )
}
