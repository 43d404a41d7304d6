import { Model, type RelationMappingsThunk } from 'objection';
import type { AppointmentEventRow, AppointmentRow, JoinLinkRow, NotificationRow } from '../repositories/rows';
import { Employee, Interpreter, Municipality, Topic } from './organisation';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Appointment extends AppointmentRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Appointment extends Model {
  static override tableName = 'appointments';
  static override jsonAttributes: string[] = [];

  declare municipality?: Municipality;
  declare topic?: Topic;
  declare employee?: Employee;
  declare requestedEmployee?: Employee | null;
  declare interpreter?: Interpreter | null;
  declare joinLinks?: JoinLink[];
  declare notifications?: Notification[];
  declare events?: AppointmentEvent[];

  static override relationMappings: RelationMappingsThunk = () => ({
    municipality: { relation: Model.BelongsToOneRelation, modelClass: Municipality, join: { from: 'appointments.municipality_id', to: 'municipalities.id' } },
    topic: { relation: Model.BelongsToOneRelation, modelClass: Topic, join: { from: 'appointments.topic_id', to: 'topics.id' } },
    employee: { relation: Model.BelongsToOneRelation, modelClass: Employee, join: { from: 'appointments.employee_id', to: 'employees.id' } },
    requestedEmployee: { relation: Model.BelongsToOneRelation, modelClass: Employee, join: { from: 'appointments.requested_employee_id', to: 'employees.id' } },
    interpreter: { relation: Model.BelongsToOneRelation, modelClass: Interpreter, join: { from: 'appointments.interpreter_id', to: 'interpreters.id' } },
    joinLinks: { relation: Model.HasManyRelation, modelClass: JoinLink, join: { from: 'appointments.id', to: 'join_links.appointment_id' } },
    notifications: { relation: Model.HasManyRelation, modelClass: Notification, join: { from: 'appointments.id', to: 'notifications.appointment_id' } },
    events: { relation: Model.HasManyRelation, modelClass: AppointmentEvent, join: { from: 'appointments.id', to: 'appointment_events.appointment_id' } },
  });
}

// The appointment's own records live beside it: they only make sense through it.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface JoinLink extends JoinLinkRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class JoinLink extends Model {
  static override tableName = 'join_links';
  static override idColumn = 'token_hash';
  static override jsonAttributes: string[] = [];

  declare appointment?: Appointment;

  static override relationMappings: RelationMappingsThunk = () => ({
    appointment: { relation: Model.BelongsToOneRelation, modelClass: Appointment, join: { from: 'join_links.appointment_id', to: 'appointments.id' } },
  });
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Notification extends NotificationRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Notification extends Model {
  static override tableName = 'notifications';
  static override jsonAttributes = ['payload'];

  declare appointment?: Appointment;

  static override relationMappings: RelationMappingsThunk = () => ({
    appointment: { relation: Model.BelongsToOneRelation, modelClass: Appointment, join: { from: 'notifications.appointment_id', to: 'appointments.id' } },
  });
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface AppointmentEvent extends AppointmentEventRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class AppointmentEvent extends Model {
  static override tableName = 'appointment_events';
  static override jsonAttributes = ['details'];

  declare appointment?: Appointment;

  static override relationMappings: RelationMappingsThunk = () => ({
    appointment: { relation: Model.BelongsToOneRelation, modelClass: Appointment, join: { from: 'appointment_events.appointment_id', to: 'appointments.id' } },
  });
}
