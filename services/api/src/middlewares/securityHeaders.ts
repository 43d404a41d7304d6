import helmet from 'koa-helmet';

/**
 * Security headers with a CSP that still lets the video client reach LiveKit
 * (its WebSocket and HTTP origin) and use camera, microphone and blob media.
 */
export function securityHeaders(opts: { livekitUrl?: string; production: boolean }) {
  const connect = ["'self'"];
  if (opts.livekitUrl) {
    const ws = new URL(opts.livekitUrl);
    connect.push(ws.origin, ws.origin.replace(/^ws/, 'http'));
  } else {
    connect.push('ws://localhost:*', 'ws://127.0.0.1:*', 'http://localhost:*', 'http://127.0.0.1:*');
  }
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'blob:', 'mediastream:'],
        'connect-src': connect,
        'frame-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Sign-in forms post to GSIS (https); the local stand-ins only in development.
        'form-action': opts.production ? ["'self'", 'https:'] : ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
        'upgrade-insecure-requests': opts.production ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: opts.production,
  });
}
