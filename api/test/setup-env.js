// Quiet, deterministic logs in tests: errors are asserted through responses, not stdout.
process.env.HANDOFF_LOG = process.env.HANDOFF_LOG || 'silent';
require('reflect-metadata');
