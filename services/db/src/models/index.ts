// objection models of the core entities, for loading graphs. No knex is bound
// globally: every query passes its knex or transaction (`Appointment.query(trx)`),
// because the API, the scheduler and each test file have their own pools.
// Set-based work (availability, statistics, bulk updates) stays in plain knex.
// Model queries wrap PostgreSQL's constraint and data errors (db-errors): the
// SQLSTATE moves to err.nativeError.code, which isUniqueViolation and the API's
// error answers do not read; writes guarded by a constraint stay in knex.
export { Appointment, AppointmentEvent, JoinLink, Notification } from './appointment';
export { Employee, Interpreter, Municipality, Office, Topic } from './organisation';
