module.exports = async function globalTeardown() {
  const child = globalThis.__HANDOFF_E2E_SERVER__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
};
