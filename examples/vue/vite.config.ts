// Builds the Vue example against the workspace sources. Its template is compiled in the browser by
// Vue's full build, so no Vue plugin is needed; `isCustomElement` is set on the app (src/main.ts).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    conditions: ['source', 'browser', 'module', 'import', 'default'],
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
