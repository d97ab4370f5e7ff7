const TITLES: Record<string, string> = {
  frontdesk: 'Front desk console',
  clinician: 'Clinician workspace',
  billing: 'Billing workbench',
  portal: 'Patient portal',
};

/** The page at `/`: where each app lives. */
export function landingPage(apps: readonly string[]): string {
  const links = apps.map((app) => `<li><a href="/${app}/">${TITLES[app] ?? app}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Handoff</title>
<style>body{font:15px system-ui,sans-serif;margin:4rem auto;max-width:32rem;color:#1a1b1e}a{color:#1c64d9}li{margin:.5rem 0}</style>
</head><body><h1>Handoff</h1><p>Choose your app:</p><ul>${links || '<li>No app is built yet: run <code>pnpm build</code>.</li>'}</ul></body></html>`;
}
