import { describe, expect, it } from 'vitest'
import { offlineFiles, serviceWorkerSource } from './offlineCache'

// Issue 11's promise "works offline": after a first visit, a reload without network opens the app (the service
// worker caches the whole build, lazy chunks included).
describe('offline cache', () => {
  it('caches the page and every built and published file, but not the worker itself', () => {
    expect(
      offlineFiles(
        ['index.html', 'assets/index-a1.js', 'sw.js', 'docs/semantics.html'],
        ['robots.txt'],
      ),
    ).toEqual([
      './',
      './assets/index-a1.js',
      './docs/semantics.html',
      './index.html',
      './robots.txt',
    ])
  })

  it('names its cache after the files, so a new build gets a new cache and the old one is deleted', () => {
    const cacheName = (files: string[]) =>
      /const CACHE = '([^']+)'/.exec(serviceWorkerSource(files))?.[1]
    const first = cacheName(['./', './assets/index-a1.js'])
    expect(first).toMatch(/^playground-[0-9a-f]{16}$/)
    expect(cacheName(['./', './assets/index-a1.js'])).toBe(first)
    expect(cacheName(['./', './assets/index-b2.js'])).not.toBe(first)
    expect(serviceWorkerSource(['./'])).toContain('const FILES = ["./"]')
  })
})
