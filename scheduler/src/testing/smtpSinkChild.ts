/** Child side of smtpSinkProcess.ts: a startSmtpSink that answers the parent's questions over IPC. */
import { startSmtpSink } from './smtpSink';

const sink = await startSmtpSink({ keepRaw: false });

process.on('message', (m: { id: number; command: 'count' | 'records' }) => {
  if (m.command === 'count') {
    process.send?.({ id: m.id, result: sink.accepted.length });
    return;
  }
  const usage = process.cpuUsage();
  const accepted = sink.accepted.map((a) => ({ messageId: a.messageId, acceptedAt: a.acceptedAt }));
  process.send?.({ id: m.id, result: { accepted, cpuMs: Math.round((usage.user + usage.system) / 1000) } });
});
process.on('SIGTERM', () => {
  setTimeout(() => process.exit(0), 2000).unref();
  sink.stop().finally(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
process.send?.({ url: sink.url });
