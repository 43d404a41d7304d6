import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGateway, startFakeGateway } from '../testing';
import { createHttpGateway, DEFAULT_BODY_TEMPLATES, gatewayBody } from './httpGateway';
import { SmsSendError } from './provider';

const sms = { id: 'n-1', to: '+306912345678', from: 'DimosAthin', text: 'Δήμος "Αθηναίων": ραντεβού\nαύριο & 10:30 https://x.gr/s/Ab3dE5gH9k' };
let gateway: FakeGateway | undefined;
afterEach(() => gateway?.stop());

describe('gatewayBody', () => {
  it('fills a JSON template with JSON-escaped values and a form template with percent-encoded ones', () => {
    expect(JSON.parse(gatewayBody('json', DEFAULT_BODY_TEMPLATES.json, sms))).toEqual({ to: sms.to, text: sms.text, from: sms.from, reference: 'n-1' });
    expect(Object.fromEntries(new URLSearchParams(gatewayBody('form', DEFAULT_BODY_TEMPLATES.form, sms)))).toEqual({ to: sms.to, text: sms.text, from: sms.from, reference: 'n-1' });
    // A provider's own field names and fixed fields.
    expect(JSON.parse(gatewayBody('json', '{"msisdn":"{to}","message":"{text}","unicode":true}', sms))).toEqual({ msisdn: sms.to, message: sms.text, unicode: true });
  });
});

describe('createHttpGateway against a local HTTP server', () => {
  it('POSTs the body with Basic authentication; 2xx is accepted', async () => {
    gateway = await startFakeGateway(() => 202);
    await createHttpGateway({ url: gateway.url, format: 'json', bodyTemplate: DEFAULT_BODY_TEMPLATES.json, username: 'muni', password: 'pa:ss' }).send(sms);
    const [req] = gateway.requests;
    expect(req!.headers.authorization).toBe(`Basic ${Buffer.from('muni:pa:ss').toString('base64')}`);
    expect(req!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(req!.body).text).toBe(sms.text);
  });

  it('sends a Bearer token and form bodies', async () => {
    gateway = await startFakeGateway(() => 200);
    await createHttpGateway({ url: gateway.url, format: 'form', bodyTemplate: DEFAULT_BODY_TEMPLATES.form, token: 'tok-123' }).send(sms);
    expect(gateway.requests[0]!.headers.authorization).toBe('Bearer tok-123');
    expect(new URLSearchParams(gateway.requests[0]!.body).get('text')).toBe(sms.text);
  });

  it('5xx, 429 and timeouts may work later; other 4xx are final; no phone number in the error', async () => {
    const statuses = [503, 429, 400, 401];
    gateway = await startFakeGateway((n) => statuses[n] ?? 'hang');
    const provider = createHttpGateway({ url: gateway.url, format: 'json', bodyTemplate: DEFAULT_BODY_TEMPLATES.json, timeoutMs: 300 });
    const outcome = async () => provider.send(sms).then(() => 'sent', (err: SmsSendError) => err);
    const errors = [await outcome(), await outcome(), await outcome(), await outcome(), await outcome()] as SmsSendError[];
    expect(errors.map((e) => e.permanent)).toEqual([false, false, true, true, false]);
    expect(errors[0]!.message).toMatch(/HTTP 503/);
    expect(errors[2]!.message).toMatch(/HTTP 400/);
    expect(errors[4]!.message).toMatch(/timed out/);
    for (const e of errors) expect(e.message).not.toContain('6912345678');
  });

  it('a gateway that cannot be reached may work later', async () => {
    gateway = await startFakeGateway(() => 200);
    const url = gateway.url;
    await gateway.stop();
    gateway = undefined;
    const err = await createHttpGateway({ url, format: 'json', bodyTemplate: DEFAULT_BODY_TEMPLATES.json }).send(sms).catch((e: SmsSendError) => e);
    expect(err).toBeInstanceOf(SmsSendError);
    expect((err as SmsSendError).permanent).toBe(false);
  });
});
