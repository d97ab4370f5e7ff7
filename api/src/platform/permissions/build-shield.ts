import { GraphQLError, type GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import { deny, shield, type IRules } from 'graphql-shield';
import { logger } from '../logger';

export type OperationRules = Partial<
  Record<'Query' | 'Mutation' | 'Subscription', Record<string, Exclude<IRules, Record<string, unknown>>>>
>;

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;

/** Merges the modules' `*.permissions.ts` rule maps, refusing to let two modules claim one operation. */
export function mergeOperationRules(...maps: OperationRules[]): OperationRules {
  const merged: OperationRules = {};
  for (const map of maps) {
    for (const root of ROOT_TYPES) {
      for (const [field, rule] of Object.entries(map[root] ?? {})) {
        const target = (merged[root] ??= {});
        if (target[field]) throw new Error(`Two permission rules for ${root}.${field}`);
        target[field] = rule;
      }
    }
  }
  return merged;
}

/**
 * Guards every Query, Mutation and Subscription field with graphql-shield, deny by default.
 *
 * Shield is applied to the root types only: object fields are guarded by the data-class
 * field guard (field-guard.ts), which decides with a set lookup. Letting shield wrap every
 * field of every row with an async rule is what made list queries 2.5x slower (STACK.md).
 * Subscription `subscribe` functions are not wrapped by graphql-middleware, so each
 * subscription also authorises itself when it starts (security.md S8).
 */
export function applyOperationRules(schema: GraphQLSchema, rules: OperationRules): GraphQLSchema {
  const middleware = shield(rules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: (error: unknown, _parent: unknown, _args: unknown, ctx: object) => {
      if (error) logger.error('error inside a permission rule', { errorName: (error as Error).constructor?.name });
      // Signed out: say so, so the apps can send the person to the sign-in page.
      if (!(ctx as { viewer?: unknown }).viewer)
        return new GraphQLError('Sign in to continue.', { extensions: { code: 'UNAUTHENTICATED' } });
      return new GraphQLError('You do not have permission to do this.', { extensions: { code: 'FORBIDDEN' } });
    },
  });
  const generated = middleware.generate(schema) as IMiddlewareTypeMap;
  const rootOnly: IMiddlewareTypeMap = {};
  for (const root of ROOT_TYPES) {
    const type = generated[root];
    if (type) rootOnly[root] = type;
  }
  for (const root of ROOT_TYPES) {
    const fields = schema.getType(root) && Object.keys((schema.getType(root) as { getFields(): object }).getFields());
    for (const field of fields ?? []) {
      if (!rules[root]?.[field]) throw new Error(`No permission rule for ${root}.${field}`);
    }
  }
  return applyMiddleware(schema, rootOnly);
}
