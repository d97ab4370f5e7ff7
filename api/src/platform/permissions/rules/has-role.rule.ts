import { rule } from 'graphql-shield';
import type { RequestContext } from '../../context/request-context';
import type { Role } from '../role';

type RoleRule = ReturnType<ReturnType<typeof rule>>;
const rules = new Map<string, RoleRule>();

/**
 * The viewer holds at least one of these roles. Depends only on the context, so it is cached per
 * request; named by its sorted roles, and one instance per name (shield refuses duplicates).
 */
export function hasRole(...roles: Role[]): RoleRule {
  const name = `hasRole:${[...roles].sort().join(',')}`;
  let existing = rules.get(name);
  if (!existing) {
    existing = rule(name, { cache: 'contextual' })(
      (_parent: unknown, _args: unknown, ctx: RequestContext) =>
        ctx.viewer !== null && ctx.viewer.roles.some((role) => roles.includes(role)),
    );
    rules.set(name, existing);
  }
  return existing;
}
