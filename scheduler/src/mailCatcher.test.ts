import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailCatcher, mailCatcherMiddleware, startMailCatcher } from './mailCatcher';
import { createTransport } from './transport';

let catcher: MailCatcher;
let server: ReturnType<Koa['listen']>;
let base: string;

beforeAll(async () => {
  catcher = await startMailCatcher({ port: 0, host: '127.0.0.1', keep: 3 });
  const app = new Koa();
  app.use(mailCatcherMiddleware(catcher));
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dev/mail`;

  const transport = createTransport(`smtp://127.0.0.1:${catcher.port}`);
  for (let i = 1; i <= 4; i++) {
    await transport.sendMail({
      from: 'no-reply@rantevou.example.gr',
      to: `Πολίτης ${i} <citizen${i}@example.org>`,
      subject: `Επιβεβαίωση ${i}`,
      html: `<p>Γεια <b>σας</b> ${i}</p><script>alert(1)</script>`,
      text: `Γεια σας ${i}`,
      messageId: `<n${i}@rantevou.example.gr>`,
      attachments: [{ filename: 'invite.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar' }],
    });
  }
  transport.close();
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await catcher.stop();
});

describe('mail catcher', () => {
  it('keeps the newest messages, newest first', () => {
    expect(catcher.messages().map((m) => m.subject)).toEqual(['Επιβεβαίωση 4', 'Επιβεβαίωση 3', 'Επιβεβαίωση 2']);
    const newest = catcher.messages()[0]!;
    expect(newest).toMatchObject({ messageId: '<n4@rantevou.example.gr>', envelope: { to: ['citizen4@example.org'] } });
    expect(newest.attachments[0]).toMatchObject({ filename: 'invite.ics' });
  });

  it('lists messages as an accessible table', async () => {
    const res = await fetch(base);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="el">');
    expect(html).toMatch(/<th scope="col">Θέμα \/ Subject<\/th>/);
    expect(html.indexOf('Επιβεβαίωση 4')).toBeLessThan(html.indexOf('Επιβεβαίωση 3'));
    expect(html).toContain('citizen4@example.org');
  });

  it('shows one message: headers, HTML in a sandboxed srcdoc iframe, text, attachments', async () => {
    const id = catcher.messages()[0]!.id;
    const html = await (await fetch(`${base}/${id}`)).text();
    expect(html).toContain('<h1>Επιβεβαίωση 4</h1>');
    expect(html).toMatch(/<iframe title="[^"]+" sandbox="" srcdoc="[^"]*&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Γεια σας 4');
    expect(html).toContain('Message-ID');
    expect(html).toContain(`${'/dev/mail'}/${id}/attachments/0`);
    const attachment = await fetch(`${base}/${id}/attachments/0`);
    expect(attachment.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await attachment.text()).toContain('BEGIN:VCALENDAR');
  });

  it('serves JSON and passes unknown paths on', async () => {
    const json = await (await fetch(`${base}/api/messages`)).json();
    expect(json).toHaveLength(3);
    expect(json[0]).toMatchObject({ subject: 'Επιβεβαίωση 4', attachments: [{ filename: 'invite.ics' }] });
    expect(json[0].attachments[0].content).toBeUndefined();
    expect((await fetch(`${base}/999`)).status).toBe(404);
  });
});
