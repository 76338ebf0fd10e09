/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { isolatedSandboxWorkerSource } from './src/sandbox/host/browser/workerSourcePlugin.js'
import { docsPages } from './scripts/docsPages.js'
import { offlineCache } from './scripts/offlineCache.js'

export default defineConfig({
  plugins: [react(), isolatedSandboxWorkerSource(), docsPages(), offlineCache()],
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
