import { rule } from 'graphql-shield';
import type { RequestContext } from '../../context/request-context';

/** The request carries a live session. Depends only on the context, so cached per request. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: RequestContext) => ctx.viewer !== null,
);
