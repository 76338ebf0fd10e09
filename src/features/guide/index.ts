export { GuideCallout } from './GuideCallout'
export { GuideGallery } from './GuideGallery'
