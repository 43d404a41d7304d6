import type { Server } from 'node:http';

/**
 * Stops taking connections and resolves once the server is closed: idle
 * keep-alive connections (a browser left on a page) are closed at once,
 * requests under way get `graceMs` to finish, then their connections are cut.
 */
export function closeServer(server: Server, graceMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
