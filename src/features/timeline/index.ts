export { TimelineSlider } from './TimelineSlider'
