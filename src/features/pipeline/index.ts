export { Pipeline } from './Pipeline'
export { TimeLapse } from './TimeLapse'
export { selectTimeLapse, TIMELAPSE_REDRAW_MS } from './timeLapseStore'
