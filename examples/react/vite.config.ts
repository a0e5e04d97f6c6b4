// The API's address comes from the environment: CREDIT_API_URL, or the reference server on
// 127.0.0.1 at PORT (default 8787), as `npm start` serves it.
import { defineConfig } from 'vite';

const apiUrl = process.env.CREDIT_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;

export default defineConfig({
  root: import.meta.dirname,
  define: { 'import.meta.env.CREDIT_API_URL': JSON.stringify(apiUrl) },
  build: { outDir: 'dist', emptyOutDir: true },
});
