module.exports = async function globalTeardown() {
  const child = globalThis.__HANDOFF_E2E_SERVER__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  // Give the server 10 s to stop Postgres cleanly; the timer must not outlive it (jest waits on it).
  let timer;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
  clearTimeout(timer);
};
