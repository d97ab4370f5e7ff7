import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../apollo/createApolloClient';
import type { AppName } from '../apps/apps';
import { endSession, onSignedOutInAnotherTab } from '../session/endSession';
import { getSessionState } from '../session/sessionStore';
import { handoffTheme } from '../theme/theme';

export interface AppProvidersProps {
  app: AppName;
  children: ReactNode;
}

export const FORBIDDEN_MESSAGE = "You don't have access to that";

/** Theme, notifications, the app's Apollo Client and a router rooted at `/<app>/`. */
export function AppProviders({ app, children }: AppProvidersProps) {
  const [client] = useState(() => {
    const created = createApolloClient({
      onUnauthenticated: () => {
        if (getSessionState().signedOut) return;
        void endSession(created, {
          callServer: false,
          notice: 'Your session has ended. Please sign in again.',
        });
      },
      onForbidden: () => {
        notifications.show({
          id: 'handoff-forbidden',
          color: 'red',
          title: FORBIDDEN_MESSAGE,
          message: 'Your role does not allow this. Ask your practice manager if you need it.',
        });
      },
    });
    return created;
  });

  useEffect(
    () =>
      onSignedOutInAnotherTab(() => {
        if (getSessionState().signedOut) return;
        void endSession(client, { callServer: false, notice: 'You signed out in another window.', broadcast: false });
      }),
    [client],
  );

  return (
    <MantineProvider theme={handoffTheme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <ApolloProvider client={client}>
        <BrowserRouter basename={`/${app}`}>{children}</BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
