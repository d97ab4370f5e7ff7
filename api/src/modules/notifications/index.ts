export { OutboxSmsSender, type SmsSender } from './sms';
export { startWorker } from './worker';
