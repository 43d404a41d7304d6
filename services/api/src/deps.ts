// Routes get their dependencies from here, never from app.ts (which imports the routes).
export type { AppDeps } from '@muni/appointments';
