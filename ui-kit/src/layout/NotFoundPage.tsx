import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';

export interface NotFoundPageProps {
  /** Where "Go back" leads, inside the app. */
  home?: string;
}

/** A path inside the app that no route matches. */
export function NotFoundPage({ home = '/' }: NotFoundPageProps) {
  return (
    <EmptyState
      icon={<IconMapOff size={20} />}
      title="Page not found"
      description="This address does not match a page in this app."
      action={
        <Button component={Link} to={home} variant="default">
          Go to the start page
        </Button>
      }
    />
  );
}
