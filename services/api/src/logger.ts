// The service's logger lives with the application (both processes use it).
export { createLogger } from '@muni/appointments';
