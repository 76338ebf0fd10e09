/** Where each step points: the element's selector (the highlight's CSS in guide.css names the same). */
import type { GuideLook } from '../../guides'
import type { PanelTab } from '../../store'

export const LOOK_SELECTORS: Record<GuideLook, string> = {
  writes: '.pstage[aria-label="Table writes"]',
  shards: '.pstage[aria-label="Stream shards"]',
  mapping: '.pstage[aria-label="Event source mapping"]',
  function: '.pstage[aria-label="Function"]',
  outcomes: '.pstage[aria-label="Outcomes"]',
  bisect: 'section[aria-labelledby="bisect-title"]',
  'iterator-age': '[data-testid="metrics.chart.iterator-age"]',
}

/** Words for the callout: "Look at …". */
export const LOOK_NAMES: Record<GuideLook, string> = {
  writes: 'the Table writes stage of the Pipeline',
  shards: 'the Stream shards stage of the Pipeline',
  mapping: 'the Event source mapping stage of the Pipeline',
  function: 'the Function stage of the Pipeline',
  outcomes: 'the Outcomes stage of the Pipeline',
  bisect: 'the Bisect panel',
  'iterator-age': 'the IteratorAge chart in the Metrics tab',
}

/** A look that lives in a tab of the left column opens that tab. */
export const LOOK_TABS: Partial<Record<GuideLook, PanelTab>> = { 'iterator-age': 'metrics' }
