import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { describe, expect, it } from 'vitest';
import { createSmsCatcher, smsCatcherMiddleware } from './catcher';

describe('the development SMS catcher at /dev/sms', () => {
  it('keeps the texts and shows them newest first, as a page (number, sender, text with its link, segments) and as JSON', async () => {
    const catcher = createSmsCatcher();
    await catcher.send({ id: 'a', to: '+306912345678', from: 'Rantevou', text: 'Δήμος Αθηναίων: ραντεβού <b> https://x.gr/s/Ab3dE5gH9k' });
    await catcher.send({ id: 'b', to: '+306900000000', from: 'Rantevou', text: 'second' });
    const app = new Koa();
    app.use(smsCatcherMiddleware(catcher, '/dev/sms'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${base}/dev/sms`);
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toContain('+30 691 234 5678');
      expect(html).toContain('&lt;b&gt;');
      expect(html).toContain('<a href="https://x.gr/s/Ab3dE5gH9k">');
      expect(html).toContain('UCS-2, 1');
      expect(html.indexOf('second')).toBeLessThan(html.indexOf('Αθηναίων'));
      const json = await (await fetch(`${base}/dev/sms/api/messages`)).json();
      expect(json.map((m: { id: string }) => m.id)).toEqual(['b', 'a']);
      expect(json[1]).toMatchObject({ to: '+306912345678', segments: { encoding: 'UCS-2', segments: 1 } });
      expect((await fetch(`${base}/dev/smsx`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
