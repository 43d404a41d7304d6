import type { TrustProxy } from '@muni/appointments';
import type { Context, Next } from 'koa';
import proxyaddr from 'proxy-addr';

type Trust = (address: string, hop: number) => boolean;

/** Which peers may speak for the client in X-Forwarded-For (TRUST_PROXY); nobody by default. */
export function trustFor(setting: TrustProxy | undefined): Trust {
  if (setting === undefined) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting; // the nearest `setting` peers are our proxies
  return proxyaddr.compile(setting);
}

/**
 * Sets ctx.ip, which rate limits and the audit log use, before anything reads
 * it: the socket's address, or, when that peer is a trusted proxy, the nearest
 * address in X-Forwarded-For that is not one. Koa's own `proxy` stays off, so
 * a client cannot choose its address by sending the header itself.
 */
export function clientIp(setting: TrustProxy | undefined) {
  const trust = trustFor(setting);
  return async (ctx: Context, next: Next) => {
    ctx.request.ip = proxyaddr(ctx.req, trust);
    await next();
  };
}
