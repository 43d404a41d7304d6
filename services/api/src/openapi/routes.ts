import Router from '@koa/router';
import { openApiDocument } from './document';

/** GET /api/v1/openapi.json: the API's description, public like the catalogue. */
export function openApiRoutes() {
  const router = new Router({ prefix: '/api/v1' });
  router.get('/openapi.json', (ctx) => {
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = openApiDocument();
  });
  return router;
}
