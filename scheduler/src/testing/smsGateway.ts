/** A local HTTP SMS gateway for tests (node:http): answers each request as told, and records what it got. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayRequest {
  headers: IncomingHttpHeaders;
  body: string;
  status: number | 'hang';
}

export interface FakeGateway {
  url: string;
  requests: GatewayRequest[];
  /** Requests answered 2xx: the texts the gateway took. */
  accepted(): GatewayRequest[];
  stop(): Promise<void>;
}

/** `answer(n)` for the n-th request (0-based): an HTTP status, or 'hang' to never answer (a timeout). */
export async function startFakeGateway(answer: (n: number) => number | 'hang'): Promise<FakeGateway> {
  const requests: GatewayRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const status = answer(requests.length);
      requests.push({ headers: req.headers, body, status });
      if (status === 'hang') return;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(status < 300 ? '{"status":"queued"}' : `{"error":"refused","to":"+306912345678","status":${status}}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms/send`,
    requests,
    accepted: () => requests.filter((r) => typeof r.status === 'number' && r.status < 300),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
