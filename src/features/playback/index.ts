export { PlaybackBar } from './PlaybackBar'
