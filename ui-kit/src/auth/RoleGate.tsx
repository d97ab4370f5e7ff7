import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import { EmptyState } from '../components/EmptyState';
import { ROLE_LABELS } from '../apps/apps';
import { useViewer } from '../session/useViewer';
import { IconLock } from '@tabler/icons-react';

export interface RoleGateProps {
  /** Any one of these roles opens the content. */
  roles: readonly Role[];
  children: ReactNode;
  /** Shown instead; by default a short "only X can open this page" message. Pass `null` to hide. */
  fallback?: ReactNode;
}

/** A section of an app only some of its roles may use (the managers' "Practice" pages). */
export function RoleGate({ roles, children, fallback }: RoleGateProps) {
  const { viewer } = useViewer();
  if (viewer && viewer.roles.some((role) => roles.includes(role))) return <>{children}</>;
  if (fallback !== undefined) return <>{fallback}</>;
  const who = roles.map((role) => ROLE_LABELS[role].toLowerCase()).join(' or ');
  return (
    <EmptyState
      icon={<IconLock size={20} />}
      title="Not available for your role"
      description={`Only a ${who} can open this page.`}
    />
  );
}
