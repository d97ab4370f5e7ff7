/**
 * Structured, PHI-free logging: callers pass identifiers and error class names, never
 * request values or error messages (which can quote SQL parameters).
 */
type Fields = Record<string, string | number | boolean | undefined | null>;

function write(level: 'info' | 'warn' | 'error', message: string, fields?: Fields): void {
  if (process.env.HANDOFF_LOG === 'silent') return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(line + '\n');
}

export const logger = {
  info: (message: string, fields?: Fields) => write('info', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  error: (message: string, fields?: Fields) => write('error', message, fields),
};
