// A deliberate import cycle for scripts/lintWalls.test.ts: lint skips this folder, the test lints it. Never imported.
import { b } from './cycleB'

export const a = (n: number): number => (n > 0 ? b(n - 1) : 0)
