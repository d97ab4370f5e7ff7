/** Where links in outgoing email point: PUBLIC_URL, or this server on localhost. */
export function publicUrl(): string {
  return (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 4000}`).replace(/\/$/, '');
}
