import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  execute,
  getVariableValues,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * graphql-jit's errors are GraphQLError look-alikes with read-only properties; Apollo's plugins
 * (GraphQL Armor's suggestion masking) rewrite messages, and formatError unwraps originalError,
 * so hand them graphql-js errors carrying the same message, path, locations and cause.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  return Object.assign(copy, { locations: error.locations });
}

/** Compiled operations kept per server: the apps send a fixed set, so this is never full in practice. */
const MAX_COMPILED = 500;

/**
 * Executes HTTP operations with graphql-jit instead of graphql-js: each distinct operation is
 * compiled once into a JavaScript function that resolves and completes its selection without the
 * generic per-field work of graphql-js (argument coercion per field, type checks per value).
 * Measured on the calendar day (400 appointments): execution costs about half (bench/ratio.mjs;
 * ../shared/reference/performance.md §0, variant D). Resolvers, field guards, scalars and errors
 * are the schema's own, so behaviour is unchanged. Queries only: mutations, and subscriptions over
 * WebSocket, keep graphql-js.
 *
 * Apollo Server 5 has no executor option; its documented slot for one is the gateway interface,
 * which this implements for a single local schema (no federation involved).
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  type Operation = CompiledQuery<Record<string, unknown>, Record<string, unknown>>;
  const compiled = new Map<string, Operation>();

  const compile = (
    queryHash: string,
    document: DocumentNode,
    operationName: string | null,
  ): Operation | ExecutionResult => {
    const key = `${queryHash}:${operationName ?? ''}`;
    const hit = compiled.get(key);
    if (hit) return hit;
    const result = compileQuery<Record<string, unknown>, Record<string, unknown>>(
      schema,
      document,
      operationName ?? undefined,
    );
    if (!isCompiledQuery(result)) return result as ExecutionResult;
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, result);
    return result;
  };

  const executor: GatewayExecutor = async (request) => {
    // Variables are coerced by graphql-js, so a bad variable gets exactly the error (and the
    // BAD_USER_INPUT code Apollo derives from its wording) it always had, and input-object
    // defaults apply (graphql-jit's own coercion skips them).
    const coerced = getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (coerced.errors) return { errors: coerced.errors };
    // Writes are few and small: graphql-js stays their executor (serial mutation semantics as ever).
    if (request.operation.operation !== 'query') {
      return execute({
        schema,
        document: request.document,
        operationName: request.operationName,
        variableValues: coerced.coerced,
        contextValue: request.context,
      }) as Promise<ExecutionResult>;
    }
    const query = compile(request.queryHash, request.document, request.operationName);
    if (!('query' in query)) return query;
    // Coerced values coerce to themselves: every enum's value is its name, scalars take their own output.
    const result = (await query.query(undefined, request.context, coerced.coerced)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
    },
  };
}
