import { Model, type RelationMappingsThunk } from 'objection';
import type { EmployeeRow } from '../repositories/rows';
import { Municipality } from './municipality';
import { Office } from './office';

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
