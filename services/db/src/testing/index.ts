export { useTestDatabase, type TestDatabase } from './testDatabase';
