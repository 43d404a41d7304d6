import { type WebhookEvent, WebhookReceiver } from 'livekit-server-sdk';

export type { WebhookEvent };

/**
 * Verifies LiveKit's webhook POSTs: the Authorization header is a JWT signed
 * with our API secret that carries a sha256 of the body, so the body must be
 * the raw request text (not re-serialised JSON). Throws when either is wrong.
 */
export function createWebhookVerifier(apiKey: string, apiSecret: string) {
  const receiver = new WebhookReceiver(apiKey, apiSecret);
  return async (rawBody: string, authHeader: string | undefined): Promise<WebhookEvent> => {
    if (!authHeader) throw new Error('LiveKit webhook without Authorization header');
    return receiver.receive(rawBody, authHeader);
  };
}
