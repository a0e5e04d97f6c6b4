// React 19 renders custom elements natively: properties are set as properties and `on…` props
// listen to their events. The widgets register themselves on import.
import { createRoot } from 'react-dom/client';
import { configure } from '@credit-kit/widgets';
import { App } from './App.js';

// The reference server's demo publishable key, valid from localhost pages on any port.
configure({ baseUrl: 'http://127.0.0.1:8787', publishableKey: 'pk_demo_creditkit_localhost_2026' });

const sessionToken = new URLSearchParams(location.search).get('session') ?? undefined;
createRoot(document.getElementById('root')!).render(<App sessionToken={sessionToken} />);
