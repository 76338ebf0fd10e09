/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { isolatedSandboxWorkerSource } from './src/sandbox/host/browser/workerSourcePlugin.js'
import { VitePWA } from 'vite-plugin-pwa'
import { docsPages } from './scripts/docsPages.js'

export default defineConfig({
  plugins: [
    react(),
    isolatedSandboxWorkerSource(),
    docsPages(),
    // Offline after a first visit (README "Offline"): a Workbox service worker, made at build only, precaches the
    // whole build (Monaco's 7 MB TypeScript worker too, hence the raised limit), the examples and the docs pages.
    // A page comes from the network first, so an open page never runs an old build whose lazy chunks the new
    // worker has dropped; without a network, the cached app. The page registers it with a deferred one-line script.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // Not served from the precache, so `/` goes to the network first like any other page.
        directoryIndex: null,
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: 'index.html' } },
          },
        ],
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  worker: { format: 'es' },
  optimizeDeps: { include: ['@aws-sdk/util-dynamodb'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    chunkSizeWarningLimit: 4000,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one on CI's 2 cores, which left a core idle.
    maxWorkers: 2,
  },
})
