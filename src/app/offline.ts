/**
 * Registers the built app's service worker (scripts/offlineCache.ts): after a first visit, a reload without network
 * opens the app with the work saved in this browser. Not in development, where Vite serves changing files.
 */
export function keepAppOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // After load, so the first visit's own requests go first; the worker then caches the rest of the build.
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      // Offline use is a bonus: a browser that refuses a service worker (a private window) still runs the app.
      .catch(() => undefined)
  })
}
