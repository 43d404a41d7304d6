export { type SinkMessage, type SmtpSink, type SmtpSinkOptions, startSmtpSink, waitFor } from './smtpSink';
export { type SinkRecord, type SmtpSinkProcess, startSmtpSinkProcess } from './smtpSinkProcess';
export { icsProperties } from './ics';
export { appointmentRow, type FixtureIds, insertAppointment, insertNotification, loadFixtureIds, notificationRow } from './fixtures';
