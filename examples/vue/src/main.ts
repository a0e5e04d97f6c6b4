// Vue 3 with the credit-kit widgets: tell Vue's template compiler that `credit-` tags are custom
// elements, so it leaves them to the browser instead of resolving them as Vue components.
import { createApp } from 'vue';
import { configure } from '@credit-kit/widgets';
import { App } from './App.js';

// The reference server's demo publishable key, valid from localhost pages on any port.
configure({ baseUrl: 'http://127.0.0.1:8787', publishableKey: 'pk_demo_creditkit_localhost_2026' });

const app = createApp(App, { sessionToken: new URLSearchParams(location.search).get('session') ?? '' });
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('credit-');
app.mount('#app');
