// The API's address comes from the environment: CREDIT_API_URL, or the reference server on
// 127.0.0.1 at PORT (default 8787), as `npm start` serves it. Vue's compiler leaves the `credit-`
// tags to the browser (isCustomElement from @credit-kit/widgets/vue).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { isCustomElement } from '@credit-kit/widgets/vue';

const apiUrl = process.env.CREDIT_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  define: { 'import.meta.env.CREDIT_API_URL': JSON.stringify(apiUrl) },
  build: { outDir: 'dist', emptyOutDir: true },
});
