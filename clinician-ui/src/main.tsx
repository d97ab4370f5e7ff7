import { AppProviders } from '@handoff/ui-kit';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first render as a transition: React renders it in slices, yielding to the browser between
// them, instead of one long task while the page loads (Lighthouse's Total Blocking Time).
startTransition(() => {
  createRoot(container).render(
    <StrictMode>
      <AppProviders app="clinician">
        <AppRoutes />
      </AppProviders>
    </StrictMode>,
  );
});
