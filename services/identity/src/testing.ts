/**
 * Test helpers for this and other packages (`@muni/identity/testing`):
 * run the stand-in on a free loopback port and click through its sign-in page.
 */
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';

export { readForm, signInAtStandIn } from './standIn/browser';

export interface RunningServer {
  /** e.g. http://127.0.0.1:53211 */
  origin: string;
  close(): Promise<void>;
}

export async function listenOnLoopback(app: Koa): Promise<RunningServer> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections();
      }),
  };
}
