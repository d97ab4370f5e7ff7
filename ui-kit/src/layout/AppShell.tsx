import { Burger, Group, AppShell as MantineAppShell, NavLink, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { IconExternalLink } from '@tabler/icons-react';
import { APP_TITLES, appHref, type AppName } from '../apps/apps';
import type { Role } from '../gql/graphql';
import { useViewer } from '../session/useViewer';
import { BrandMark } from './BrandMark';
import { UserMenu } from './UserMenu';

export interface AppShellNavItem {
  label: string;
  /** A path inside the app (the router's basename is the app's). */
  to: string;
  icon?: ReactNode;
  /** Only these roles see the item (e.g. the managers' "Practice"); everyone when omitted. */
  roles?: readonly Role[];
  /** The page lives in another app (same session): `to` is a path inside that app. */
  app?: AppName;
  /** Beside the label, e.g. a count of open items (give it an aria-label that reads well after the label). */
  badge?: ReactNode;
}

export interface AppShellProps {
  app: AppName;
  nav: readonly AppShellNavItem[];
  children: ReactNode;
}

function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** The frame every app renders: product and app name, navigation, the user menu. */
export function AppShell({ app, nav, children }: AppShellProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  const items = nav.filter((item) => !item.roles || (viewer?.roles ?? []).some((role) => item.roles?.includes(role)));

  return (
    <MantineAppShell
      header={{ height: 52 }}
      navbar={{ width: 216, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <MantineAppShell.Header px="md" withBorder>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <BrandMark subtitle={APP_TITLES[app]} />
          </Group>
          {viewer ? <UserMenu app={app} viewer={viewer} /> : null}
        </Group>
      </MantineAppShell.Header>
      <MantineAppShell.Navbar p="xs" aria-label="Main navigation">
        <MantineAppShell.Section grow component={ScrollArea}>
          {items.map((item) =>
            item.app && item.app !== app ? (
              <NavLink
                key={`${item.app}${item.to}`}
                component="a"
                href={`${appHref(item.app)}${item.to.replace(/^\//, '')}`}
                label={item.label}
                description={APP_TITLES[item.app]}
                leftSection={item.icon}
                rightSection={<IconExternalLink size={12} aria-hidden />}
                fw={500}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                mb={2}
              />
            ) : (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={item.icon}
                rightSection={item.badge}
                active={isActive(pathname, item.to)}
                aria-current={isActive(pathname, item.to) ? 'page' : undefined}
                onClick={close}
                variant="light"
                fw={500}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                mb={2}
              />
            ),
          )}
        </MantineAppShell.Section>
      </MantineAppShell.Navbar>
      <MantineAppShell.Main bg="gray.0">{children}</MantineAppShell.Main>
    </MantineAppShell>
  );
}
