import { createRoot } from 'react-dom/client';
import { configure } from '@credit-kit/widgets';
import { App } from './App.js';

// The reference server's demo publishable key is valid from localhost pages on any port.
configure({ baseUrl: import.meta.env.CREDIT_API_URL, publishableKey: 'pk_demo_creditkit_localhost_2026' });

// A portal's backend mints the subject session (`ss_…`) for its signed-in user; here it comes in the URL.
const sessionToken = new URLSearchParams(location.search).get('session') ?? undefined;
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App sessionToken={sessionToken} />);
