// The municipality's own entities in one module: their relations point at each
// other, and objection resolves them lazily (relationMappings thunks), so one
// file keeps the import graph free of circles.
import { Model, type RelationMappingsThunk } from 'objection';
import type { EmployeeRow, InterpreterRow, MunicipalityRow, OfficeRow, TopicRow } from '../repositories/rows';

// Fields come from the row interface (snake_case, as PostgreSQL returns them),
// so a model is a row plus relations; the merge is the declaration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Municipality extends MunicipalityRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Municipality extends Model {
  static override tableName = 'municipalities';
  // jsonb columns only: objection stringifies these on write; text[] columns
  // (modes, reminder_offsets_minutes) stay arrays for node-postgres.
  static override jsonAttributes = ['durations', 'opening_hours'];

  declare topics?: Topic[];
  declare employees?: Employee[];
  declare offices?: Office[];

  static override relationMappings: RelationMappingsThunk = () => ({
    topics: { relation: Model.HasManyRelation, modelClass: Topic, join: { from: 'municipalities.id', to: 'topics.municipality_id' } },
    employees: { relation: Model.HasManyRelation, modelClass: Employee, join: { from: 'municipalities.id', to: 'employees.municipality_id' } },
    offices: { relation: Model.HasManyRelation, modelClass: Office, join: { from: 'municipalities.id', to: 'offices.municipality_id' } },
  });
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Topic extends TopicRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Topic extends Model {
  static override tableName = 'topics';
  // required_documents is a jsonb array: node-postgres would send a JS array as
  // a PostgreSQL array literal, so objection must stringify it. modes is text[].
  static override jsonAttributes = ['required_documents', 'durations'];

  declare municipality?: Municipality;

  static override relationMappings: RelationMappingsThunk = () => ({
    municipality: { relation: Model.BelongsToOneRelation, modelClass: Municipality, join: { from: 'topics.municipality_id', to: 'municipalities.id' } },
  });
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Office extends OfficeRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Office extends Model {
  static override tableName = 'offices';
  static override jsonAttributes: string[] = [];

  declare municipality?: Municipality;

  static override relationMappings: RelationMappingsThunk = () => ({
    municipality: { relation: Model.BelongsToOneRelation, modelClass: Municipality, join: { from: 'offices.municipality_id', to: 'municipalities.id' } },
  });
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Employee extends EmployeeRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Employee extends Model {
  static override tableName = 'employees';
  static override jsonAttributes = ['working_hours']; // modes is text[]

  declare office?: Office | null;
  declare municipality?: Municipality;

  static override relationMappings: RelationMappingsThunk = () => ({
    office: { relation: Model.BelongsToOneRelation, modelClass: Office, join: { from: 'employees.office_id', to: 'offices.id' } },
    municipality: { relation: Model.BelongsToOneRelation, modelClass: Municipality, join: { from: 'employees.municipality_id', to: 'municipalities.id' } },
  });
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Interpreter extends InterpreterRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Interpreter extends Model {
  static override tableName = 'interpreters';
  static override jsonAttributes = ['working_hours']; // kinds is text[]
}
