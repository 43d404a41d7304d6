import { Model, type RelationMappingsThunk } from 'objection';
import type { MunicipalityRow } from '../repositories/rows';
import { Employee } from './employee';
import { Office } from './office';
import { Topic } from './topic';

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
