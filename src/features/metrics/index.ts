export { MetricsPanel } from './MetricsPanel'
