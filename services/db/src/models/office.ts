import { Model, type RelationMappingsThunk } from 'objection';
import type { OfficeRow } from '../repositories/rows';
import { Municipality } from './municipality';

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
