export { type SinkMessage, type SmtpSink, type SmtpSinkOptions, startSmtpSink, waitFor } from './smtpSink';
export { type SinkRecord, type SmtpSinkProcess, startSmtpSinkProcess } from './smtpSinkProcess';
export { icsLocalTime, icsProperties } from './ics';
export { appointmentRow, type FixtureIds, insertAppointment, insertNotification, loadFixtureIds, notificationRow } from './fixtures';
export { type FakeGateway, type GatewayRequest, startFakeGateway } from './smsGateway';
