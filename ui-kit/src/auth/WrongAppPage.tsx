import { Box, Button, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconDoorExit } from '@tabler/icons-react';
import { APP_TITLES, ROLE_LABELS, appHref, appsForRoles, joinTitles, type AppName } from '../apps/apps';
import { BrandMark } from '../layout/BrandMark';
import type { Viewer } from '../session/useViewer';
import { useSignOut } from '../session/useSignOut';

export interface WrongAppPageProps {
  app: AppName;
  viewer: Viewer;
}

/** Signed in, but this app is not meant for the person's roles: say where to go instead. */
export function WrongAppPage({ app, viewer }: WrongAppPageProps) {
  const signOut = useSignOut();
  const homes = appsForRoles(viewer.roles);
  const roles = viewer.roles.map((role) => ROLE_LABELS[role]).join(', ') || 'no role';

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Box w="100%" maw={480}>
        <Center mb="lg">
          <BrandMark />
        </Center>
        <Paper withBorder shadow="xs" p="xl">
          <Stack gap="md">
            <ThemeIcon variant="light" size={36} radius="xl" aria-hidden>
              <IconDoorExit size={20} />
            </ThemeIcon>
            <Title order={1} fz="h2">
              This is the {APP_TITLES[app]}.
            </Title>
            <Text size="sm">
              {homes.length > 0
                ? `Your account (${roles}) uses ${joinTitles(homes)}.`
                : `Your account (${roles}) has no access to a Handoff app yet. Ask your practice manager.`}
            </Text>
            <Text size="xs" c="dimmed">
              Signed in as {viewer.displayName} ({viewer.email}).
            </Text>
            <Group gap="xs">
              {homes.map((home) => (
                <Button key={home} component="a" href={appHref(home)} rightSection={<IconArrowRight size={14} />}>
                  Open the {APP_TITLES[home]}
                </Button>
              ))}
              <Button variant="default" onClick={() => void signOut()}>
                Sign out
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
