export * from './appointmentState';
export * from './assignment';
export * from './errors';
export * from './holidays';
export * from './hours';
export * from './modes';
export * from './reference';
export * from './slots';
