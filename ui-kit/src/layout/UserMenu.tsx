import { Avatar, Badge, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconExternalLink, IconLogout } from '@tabler/icons-react';
import { APP_TITLES, ROLE_LABELS, appHref, appsForRoles, type AppName } from '../apps/apps';
import type { Viewer } from '../session/useViewer';
import { useSignOut } from '../session/useSignOut';

export interface UserMenuProps {
  app: AppName;
  viewer: Viewer;
}

function initials(name: string): string {
  const parts = name.replace(/,.*$/, '').trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

/** Who is signed in, with which roles; switching app (same session) and signing out. */
export function UserMenu({ app, viewer }: UserMenuProps) {
  const signOut = useSignOut();
  const roles = viewer.roles.map((role) => ROLE_LABELS[role]);
  const otherApps = appsForRoles(viewer.roles).filter((other) => other !== app);

  return (
    <Menu position="bottom-end" width={260} offset={6}>
      <Menu.Target>
        <UnstyledButton
          aria-label={`${viewer.displayName}, account menu`}
          px={6}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar size={28} radius="xl" color="handoff" aria-hidden>
              {initials(viewer.displayName)}
            </Avatar>
            <Box visibleFrom="sm" style={{ lineHeight: 1.2 }}>
              <Text size="sm" fw={500} lh={1.25}>
                {viewer.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.25}>
                {roles.join(' · ')}
              </Text>
            </Box>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py={6}>
          <Text size="sm" fw={600}>
            {viewer.displayName}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {viewer.email}
          </Text>
          <Group gap={4} mt={6}>
            {roles.map((role) => (
              <Badge key={role} size="xs" variant="light" color="gray">
                {role}
              </Badge>
            ))}
          </Group>
        </Box>
        {otherApps.length > 0 ? (
          <>
            <Menu.Divider />
            <Menu.Label>Switch app</Menu.Label>
            {otherApps.map((other) => (
              <Menu.Item
                key={other}
                component="a"
                href={appHref(other)}
                leftSection={<IconExternalLink size={14} aria-hidden />}
              >
                {APP_TITLES[other]}
              </Menu.Item>
            ))}
          </>
        ) : null}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={14} aria-hidden />} onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
