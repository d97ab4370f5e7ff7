import { AppProviders } from '@handoff/ui-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders app="billing">
      <AppRoutes />
    </AppProviders>
  </StrictMode>,
);
