import { createApp } from 'vue';
import { configure } from '@credit-kit/widgets';
// The tags' types for Vue's template checker (vue-tsc): props and `@credit-…` events.
import type {} from '@credit-kit/widgets/vue';
import App from './App.vue';

// The reference server's demo publishable key is valid from localhost pages on any port.
configure({ baseUrl: import.meta.env.CREDIT_API_URL, publishableKey: 'pk_demo_creditkit_localhost_2026' });

// A portal's backend mints the subject session (`ss_…`) for its signed-in user; here it comes in the URL.
createApp(App, { sessionToken: new URLSearchParams(location.search).get('session') ?? '' }).mount('#app');
