/** The guided scenarios, in the gallery's order (docs: README "Guided scenarios"). */
import { FIRST_GUIDES } from './firstGuides'
import { MORE_GUIDES } from './moreGuides'
import type { Guide } from './types'

export const GUIDES: readonly Guide[] = [...FIRST_GUIDES, ...MORE_GUIDES]

export function findGuide(id: string): Guide | undefined {
  return GUIDES.find((g) => g.id === id)
}

export type { Guide, GuideLook, GuideSpeed, GuideStep, GuideTrigger } from './types'
export { foldProgress, startProgress } from './progress'
export type { GuideProgress } from './progress'
export { GUIDE_WATCH_SECONDS } from './watchSeconds'
