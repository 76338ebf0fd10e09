// The other half of the deliberate cycle in cycleA.ts.
import { a } from './cycleA'

export const b = (n: number): number => a(n)
