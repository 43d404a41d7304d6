/**
 * The generic HTTP SMS gateway: one POST per text to a URL from the settings,
 * with a body made from a template (JSON or form) whose placeholders {to},
 * {text}, {from} and {id} are filled in, and Basic or Bearer authentication.
 * Greek providers' HTTP APIs fit this shape. 2xx is accepted; 408, 429, 5xx,
 * timeouts and network errors may work later; any other 4xx is a refusal of
 * this text (a bad number, a bad sender, wrong credentials) and is final.
 */
import { type OutgoingSms, redactSms, SmsSendError, type SmsProvider } from './provider';

export interface HttpGatewayOptions {
  url: string;
  /** json: the template is JSON and values are JSON-escaped; form: application/x-www-form-urlencoded, values percent-encoded. */
  format: 'json' | 'form';
  /** e.g. {"to":"{to}","text":"{text}","from":"{from}"} or to={to}&text={text}&from={from}. */
  bodyTemplate: string;
  username?: string;
  password?: string;
  /** Bearer token (instead of username and password). */
  token?: string;
  /** Per request (default 10 s). */
  timeoutMs?: number;
}

export const DEFAULT_BODY_TEMPLATES = {
  json: '{"to":"{to}","text":"{text}","from":"{from}","reference":"{id}"}',
  form: 'to={to}&text={text}&from={from}&reference={id}',
} as const;

const PLACEHOLDER = /\{(to|text|from|id)\}/g;

/** The body for one text: each placeholder replaced by its value, escaped for the format. */
export function gatewayBody(format: HttpGatewayOptions['format'], template: string, sms: OutgoingSms): string {
  const escape = format === 'json' ? (v: string) => JSON.stringify(v).slice(1, -1) : encodeURIComponent;
  return template.replace(PLACEHOLDER, (_, name: keyof OutgoingSms) => escape(sms[name]));
}

export function createHttpGateway(opts: HttpGatewayOptions): SmsProvider {
  const headers: Record<string, string> = {
    'Content-Type': opts.format === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded; charset=utf-8',
    Accept: 'application/json, text/plain, */*',
  };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  else if (opts.username) headers.Authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password ?? ''}`).toString('base64')}`;
  const host = new URL(opts.url).host;
  return {
    description: `HTTP gateway at ${host}`,
    async send(sms) {
      let response: Response;
      try {
        response = await fetch(opts.url, {
          method: 'POST',
          headers,
          body: gatewayBody(opts.format, opts.bodyTemplate, sms),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
          redirect: 'error',
        });
      } catch (err) {
        const e = err as Error & { cause?: { code?: string } };
        const what = e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.message);
        throw new SmsSendError(redactSms(`gateway ${host}: ${what}`), false);
      }
      if (response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return;
      }
      const answer = await response.text().catch(() => '');
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new SmsSendError(redactSms(`gateway ${host}: HTTP ${response.status}: ${answer}`), !retryable);
    },
  };
}
