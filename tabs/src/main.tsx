import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import { App } from './app/App';
import { preloadRoute } from './app/routes';
import { isFramed } from './teams/TeamsRoot';

// The pages' CSP forbids eval; without this, zod probes for it and each probe logs a CSP violation.
zodConfig({ jitless: true });
preloadRoute(window.location.pathname, isFramed());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
