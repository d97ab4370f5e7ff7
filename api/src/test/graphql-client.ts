/** What a GraphQL response looks like to a browser: data plus errors with codes and paths. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; reason?: string } }[];
}

/**
 * A browser-like client: keeps the session cookie it is given and sends JSON POSTs (which
 * satisfy Apollo's CSRF prevention), exactly like the apps.
 */
export class GraphQLClient {
  private cookie: string | undefined;
  lastSetCookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : undefined;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  async login(email: string, password = TEST_PASSWORD): Promise<GraphQLResponse> {
    return this.request(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id roles } }',
      {
        email,
        password,
      },
    );
  }

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  set sessionCookie(value: string | undefined) {
    this.cookie = value;
  }
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** The FORBIDDEN errors of a response, as paths joined with dots (e.g. `patient.diagnoses.0.clinicalNote`). */
export function forbiddenPaths(response: GraphQLResponse): string[] {
  return (response.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => (e.path ?? []).join('.'));
}

export function errorCodes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}

/** A client already signed in as `email` (fails the test if sign-in does not work). */
export async function signedIn(url: string, email: string, password = TEST_PASSWORD): Promise<GraphQLClient> {
  const client = new GraphQLClient(url);
  const login = await client.login(email, password);
  if (login.errors) throw new Error(`sign-in failed for ${email}: ${login.errors[0]!.message}`);
  return client;
}

/** The extensions of the first error (code, reason and any details), or {} when there is none. */
export function firstErrorExtensions(response: GraphQLResponse): Record<string, any> {
  return (response.errors?.[0]?.extensions as Record<string, any> | undefined) ?? {};
}
