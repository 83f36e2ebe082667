/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.STRATUM_BACKEND_URL ?? 'http://localhost:8080';

/**
 * Writes each script and style sheet brotli- and gzip-compressed beside itself (x.js.br, x.js.gz), at the
 * highest levels, once per build: the server sends the variant a browser accepts (com.stratum.web.StaticAssets)
 * instead of compressing on every request. It reads the files as written, after every other plugin is done.
 */
function precompressed(): Plugin {
  return {
    name: 'stratum-precompressed',
    apply: 'build',
    writeBundle({ dir }, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!dir || !/\.(js|css)$/.test(fileName)) continue;
        const path = join(dir, fileName);
        const source = readFileSync(path);
        const variants = {
          br: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }),
          gz: gzipSync(source, { level: 9 }),
        };
        for (const [suffix, compressed] of Object.entries(variants)) {
          if (compressed.length < source.length) writeFileSync(`${path}.${suffix}`, compressed);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompressed()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/q': { target: backend, changeOrigin: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/q': { target: backend, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
