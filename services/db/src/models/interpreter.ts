import { Model } from 'objection';
import type { InterpreterRow } from '../repositories/rows';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Interpreter extends InterpreterRow {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Interpreter extends Model {
  static override tableName = 'interpreters';
  static override jsonAttributes = ['working_hours']; // kinds is text[]
}
