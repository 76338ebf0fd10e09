export { Pipeline } from './Pipeline'
export { TimeLapse } from './TimeLapse'
export { TIMELAPSE_REDRAW_MS } from './timeLapseStore'
